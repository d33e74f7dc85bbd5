from enum import StrEnum


class ViduQ3TextToVideoRequestDataGenerateAudio(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
