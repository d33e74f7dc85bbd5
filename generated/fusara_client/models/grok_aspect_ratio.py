from enum import StrEnum


class GrokAspectRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "2:3"
    VALUE_2 = "1:1"
    VALUE_3 = "3:2"
    VALUE_4 = "16:9"

    def __str__(self) -> str:
        return str(self.value)
