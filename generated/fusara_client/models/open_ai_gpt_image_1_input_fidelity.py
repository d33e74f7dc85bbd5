from enum import StrEnum


class OpenAIGptImage1InputFidelity(StrEnum):
    HIGH = "high"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
