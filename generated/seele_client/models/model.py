from enum import StrEnum


class Model(StrEnum):
    SEELE01_FLASH = "Seele01-flash"
    SEELE01_PRO = "Seele01-pro"
    SEELE02_FLASH = "Seele02-flash"
    SEELE02_PRO = "Seele02-pro"

    def __str__(self) -> str:
        return str(self.value)
