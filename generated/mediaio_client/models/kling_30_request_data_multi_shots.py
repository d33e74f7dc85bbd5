from enum import StrEnum


class Kling30RequestDataMultiShots(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
