from enum import StrEnum


class RemoveBackgroundModelName(StrEnum):
    BEN = "BEN"
    BEN2 = "BEN2"
    INSPYRENET = "INSPYRENET"
    RMBG_2_0 = "RMBG-2.0"

    def __str__(self) -> str:
        return str(self.value)
