from enum import StrEnum


class GoogleGeminiSize(StrEnum):
    VALUE_0 = "1K"
    VALUE_1 = "2K"
    VALUE_2 = "3K"
    VALUE_3 = "4K"

    def __str__(self) -> str:
        return str(self.value)
