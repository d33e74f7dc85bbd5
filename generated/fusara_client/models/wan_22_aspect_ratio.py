from enum import StrEnum


class Wan22AspectRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "1:1"
    VALUE_2 = "16:9"

    def __str__(self) -> str:
        return str(self.value)
