from enum import StrEnum


class GoogleVeo31RequestDataGenerateAudio(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
