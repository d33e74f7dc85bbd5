from enum import StrEnum


class NanoBananaRequestDataRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "16:9"
    VALUE_2 = "1:1"
    VALUE_3 = "4:3"
    VALUE_4 = "3:4"
    VALUE_5 = "3:2"
    VALUE_6 = "2:3"
    VALUE_7 = "21:9"

    def __str__(self) -> str:
        return str(self.value)
