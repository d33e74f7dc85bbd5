from enum import StrEnum


class Wan22RequestDataDuration(StrEnum):
    VALUE_0 = "5s"

    def __str__(self) -> str:
        return str(self.value)
