from enum import StrEnum


class Wan22RequestDataResolution(StrEnum):
    VALUE_0 = "1080P"

    def __str__(self) -> str:
        return str(self.value)
