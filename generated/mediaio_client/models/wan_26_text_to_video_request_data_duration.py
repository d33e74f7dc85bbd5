from enum import StrEnum


class Wan26TextToVideoRequestDataDuration(StrEnum):
    VALUE_0 = "5s"
    VALUE_1 = "10s"
    VALUE_2 = "15s"

    def __str__(self) -> str:
        return str(self.value)
