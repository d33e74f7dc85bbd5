from enum import StrEnum


class GoogleGeminiModel(StrEnum):
    VALUE_0 = "2.5-flash"
    VALUE_1 = "3.0-pro"
    VALUE_2 = "3.1-flash"

    def __str__(self) -> str:
        return str(self.value)
