from enum import StrEnum


class GoogleVeo31FastRequestDataGenerateAudio(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
