from enum import IntEnum


class TargetStyle(IntEnum):
    UNDEFINED = 0
    PHOTOREALISTIC = 1
    ILLUSTRATION = 2

    def __str__(self) -> str:
        return str(self.value)
