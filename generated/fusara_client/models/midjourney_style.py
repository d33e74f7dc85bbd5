from enum import StrEnum


class MidjourneyStyle(StrEnum):
    EXPRESSIVE = "expressive"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
