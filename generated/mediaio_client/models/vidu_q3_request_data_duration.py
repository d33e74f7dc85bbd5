from enum import StrEnum


class ViduQ3RequestDataDuration(StrEnum):
    VALUE_0 = "4s"
    VALUE_1 = "8s"
    VALUE_2 = "12s"
    VALUE_3 = "16s"

    def __str__(self) -> str:
        return str(self.value)
