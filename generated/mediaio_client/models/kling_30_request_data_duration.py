from enum import StrEnum


class Kling30RequestDataDuration(StrEnum):
    VALUE_0 = "5s"
    VALUE_1 = "8s"
    VALUE_2 = "10s"
    VALUE_3 = "15s"

    def __str__(self) -> str:
        return str(self.value)
