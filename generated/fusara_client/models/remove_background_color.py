from enum import StrEnum


class RemoveBackgroundColor(StrEnum):
    ALPHA = "Alpha"
    BLACK = "black"
    BLUE = "blue"
    GRAY = "gray"
    GREEN = "green"
    RED = "red"
    WHITE = "white"

    def __str__(self) -> str:
        return str(self.value)
