from enum import StrEnum


class GoogleGeminiAspectRatio(StrEnum):
    VALUE_0 = "9:16"
    VALUE_1 = "2:3"
    VALUE_2 = "3:4"
    VALUE_3 = "4:5"
    VALUE_4 = "1:1"
    VALUE_5 = "5:4"
    VALUE_6 = "4:3"
    VALUE_7 = "3:2"
    VALUE_8 = "16:9"
    VALUE_9 = "21:9"

    def __str__(self) -> str:
        return str(self.value)
