from enum import StrEnum


class KlingTierModel(StrEnum):
    PRO = "pro"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
