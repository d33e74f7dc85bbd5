from enum import StrEnum


class Kling26RequestDataGenerateAudio(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
