from enum import StrEnum


class Hailuo02RequestDataDuration(StrEnum):
    VALUE_0 = "6s"

    def __str__(self) -> str:
        return str(self.value)
