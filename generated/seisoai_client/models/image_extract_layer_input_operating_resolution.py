from enum import StrEnum


class ImageExtractLayerInputOperatingResolution(StrEnum):
    VALUE_0 = "1024x1024"
    VALUE_1 = "2048x2048"

    def __str__(self) -> str:
        return str(self.value)
