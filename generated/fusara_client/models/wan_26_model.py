from enum import StrEnum


class Wan26Model(StrEnum):
    WAN2_6_I2V = "wan2.6-i2v"
    WAN2_6_I2V_FLASH = "wan2.6-i2v-flash"
    WAN2_6_R2V = "wan2.6-r2v"
    WAN2_6_T2V = "wan2.6-t2v"

    def __str__(self) -> str:
        return str(self.value)
