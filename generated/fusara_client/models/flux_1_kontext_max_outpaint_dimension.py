from enum import IntEnum


class Flux1KontextMaxOutpaintDimension(IntEnum):
    VALUE_672 = 672
    VALUE_720 = 720
    VALUE_752 = 752
    VALUE_832 = 832
    VALUE_880 = 880
    VALUE_944 = 944
    VALUE_1024 = 1024
    VALUE_1104 = 1104
    VALUE_1184 = 1184
    VALUE_1248 = 1248
    VALUE_1392 = 1392
    VALUE_1456 = 1456
    VALUE_1568 = 1568

    def __str__(self) -> str:
        return str(self.value)
