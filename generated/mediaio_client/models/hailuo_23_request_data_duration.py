from enum import StrEnum


class Hailuo23RequestDataDuration(StrEnum):
    VALUE_0 = "6s"
    VALUE_1 = "10s"

    def __str__(self) -> str:
        return str(self.value)
