from enum import StrEnum


class GoogleVeoAspectRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "16:9"

    def __str__(self) -> str:
        return str(self.value)
