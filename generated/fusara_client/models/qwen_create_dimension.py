from enum import IntEnum


class QwenCreateDimension(IntEnum):
    VALUE_928 = 928
    VALUE_1056 = 1056
    VALUE_1104 = 1104
    VALUE_1328 = 1328
    VALUE_1472 = 1472
    VALUE_1584 = 1584
    VALUE_1664 = 1664

    def __str__(self) -> str:
        return str(self.value)
