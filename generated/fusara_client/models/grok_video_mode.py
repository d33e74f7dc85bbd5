from enum import StrEnum


class GrokVideoMode(StrEnum):
    FUN = "fun"
    NORMAL = "normal"
    SPICY = "spicy"

    def __str__(self) -> str:
        return str(self.value)
