from enum import StrEnum


class ViduQ3RequestDataGenerateAudio(StrEnum):
    FALSE = "False"
    TRUE = "True"

    def __str__(self) -> str:
        return str(self.value)
