from enum import StrEnum


class ImageGenerateFluxControlnetCannyInputOutputFormat(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
