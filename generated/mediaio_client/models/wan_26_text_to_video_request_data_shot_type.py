from enum import StrEnum


class Wan26TextToVideoRequestDataShotType(StrEnum):
    MULTI = "Multi"
    SINGLE = "Single"

    def __str__(self) -> str:
        return str(self.value)
