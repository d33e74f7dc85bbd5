from enum import StrEnum


class AudioSpeakInputLanguage(StrEnum):
    ENGLISH = "English"

    def __str__(self) -> str:
        return str(self.value)
