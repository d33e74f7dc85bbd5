from enum import StrEnum


class Wan22Resolution(StrEnum):
    VALUE_0 = "480p"

    def __str__(self) -> str:
        return str(self.value)
