from enum import StrEnum


class UnitType(StrEnum):
    IMAGE = "image"
    MINUTE = "minute"
    SECOND = "second"
    STEP = "step"

    def __str__(self) -> str:
        return str(self.value)
