from enum import StrEnum


class AudioLipSyncInputPreprocess(StrEnum):
    CROP = "crop"
    EXTCROP = "extcrop"
    EXTFULL = "extfull"
    FULL = "full"
    RESIZE = "resize"

    def __str__(self) -> str:
        return str(self.value)
