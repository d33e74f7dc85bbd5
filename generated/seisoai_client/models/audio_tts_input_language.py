from enum import StrEnum


class AudioTtsInputLanguage(StrEnum):
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    IT = "it"
    JA = "ja"
    KO = "ko"
    PT = "pt"
    RU = "ru"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
