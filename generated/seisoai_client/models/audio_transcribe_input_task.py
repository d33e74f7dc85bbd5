from enum import StrEnum


class AudioTranscribeInputTask(StrEnum):
    TRANSCRIBE = "transcribe"
    TRANSLATE = "translate"

    def __str__(self) -> str:
        return str(self.value)
