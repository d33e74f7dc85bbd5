from enum import StrEnum


class SeedreamAspectRatio(StrEnum):
    VALUE_0 = "9:21"
    VALUE_1 = "9:16"
    VALUE_2 = "2:3"
    VALUE_3 = "3:4"
    VALUE_4 = "1:1"
    VALUE_5 = "4:3"
    VALUE_6 = "3:2"
    VALUE_7 = "16:9"
    VALUE_8 = "21:9"

    def __str__(self) -> str:
        return str(self.value)
