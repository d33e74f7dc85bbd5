from enum import StrEnum


class Wan25TextToVideoRequestDataDuration(StrEnum):
    VALUE_0 = "5s"
    VALUE_1 = "10s"

    def __str__(self) -> str:
        return str(self.value)
