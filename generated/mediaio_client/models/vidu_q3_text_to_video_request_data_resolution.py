from enum import StrEnum


class ViduQ3TextToVideoRequestDataResolution(StrEnum):
    VALUE_0 = "540P"
    VALUE_1 = "720P"
    VALUE_2 = "1080P"

    def __str__(self) -> str:
        return str(self.value)
