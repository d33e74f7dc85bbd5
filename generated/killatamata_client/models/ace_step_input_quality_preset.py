from enum import StrEnum


class AceStepInputQualityPreset(StrEnum):
    HIGH_QUALITY = "high_quality"

    def __str__(self) -> str:
        return str(self.value)
