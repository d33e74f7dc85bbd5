from enum import StrEnum


class AudioSourceSeparationModel(StrEnum):
    KIM_JENSEN_2 = "Kim Jensen 2"
    UVR_FT = "UVR FT"
    UVR_KARAOKE = "UVR Karaoke"
    UVR_MAIN = "UVR Main"

    def __str__(self) -> str:
        return str(self.value)
