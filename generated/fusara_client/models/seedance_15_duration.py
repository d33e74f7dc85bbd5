from enum import IntEnum


class Seedance15Duration(IntEnum):
    VALUE_4 = 4
    VALUE_8 = 8
    VALUE_12 = 12

    def __str__(self) -> str:
        return str(self.value)
