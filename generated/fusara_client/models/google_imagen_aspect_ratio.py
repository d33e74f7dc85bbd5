from enum import StrEnum


class GoogleImagenAspectRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "3:4"
    VALUE_2 = "1:1"
    VALUE_3 = "4:3"
    VALUE_4 = "16:9"

    def __str__(self) -> str:
        return str(self.value)
