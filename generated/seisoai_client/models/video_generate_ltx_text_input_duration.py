from enum import StrEnum


class VideoGenerateLtxTextInputDuration(StrEnum):
    VALUE_0 = "4s"
    VALUE_1 = "6s"
    VALUE_2 = "8s"

    def __str__(self) -> str:
        return str(self.value)
