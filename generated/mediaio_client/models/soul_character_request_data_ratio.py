from enum import StrEnum


class SoulCharacterRequestDataRatio(StrEnum):
    VALUE_0 = "2:3"
    VALUE_1 = "1:1"
    VALUE_2 = "3:2"
    VALUE_3 = "9:16"
    VALUE_4 = "16:9"

    def __str__(self) -> str:
        return str(self.value)
