from enum import StrEnum


class UpscaleModelName(StrEnum):
    VALUE_0 = "4x-UltraSharp.pth"
    VALUE_1 = "4x_NMKD-Siax_200k.pth"
    VALUE_2 = "4x_foolhardy_Remacri.pth"

    def __str__(self) -> str:
        return str(self.value)
