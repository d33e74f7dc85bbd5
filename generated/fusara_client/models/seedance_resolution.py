from enum import StrEnum


class SeedanceResolution(StrEnum):
    VALUE_0 = "480p"
    VALUE_1 = "720p"
    VALUE_2 = "1080p"

    def __str__(self) -> str:
        return str(self.value)
