from enum import StrEnum


class AudioSpeakInputMode(StrEnum):
    VOICE_CLONE = "voice_clone"
    VOICE_DESIGN = "voice_design"

    def __str__(self) -> str:
        return str(self.value)
