from enum import StrEnum


class MidjourneyQuality(StrEnum):
    VALUE_0 = ".25"
    VALUE_1 = ".5"
    VALUE_2 = "1"
    VALUE_3 = "2"

    def __str__(self) -> str:
        return str(self.value)
