from enum import StrEnum


class OpenAISoraSize(StrEnum):
    VALUE_0 = "720x1280"
    VALUE_1 = "1280x720"
    VALUE_2 = "1024x1792"
    VALUE_3 = "1792x1024"

    def __str__(self) -> str:
        return str(self.value)
