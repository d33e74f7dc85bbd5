from enum import IntEnum


class GoogleVeoDuration(IntEnum):
    VALUE_4 = 4
    VALUE_6 = 6
    VALUE_8 = 8

    def __str__(self) -> str:
        return str(self.value)
