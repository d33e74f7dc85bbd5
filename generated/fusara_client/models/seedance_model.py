from enum import StrEnum


class SeedanceModel(StrEnum):
    SEEDANCE_1_0_LITE_I2V_250428 = "seedance-1-0-lite-i2v-250428"
    SEEDANCE_1_0_LITE_T2V_250428 = "seedance-1-0-lite-t2v-250428"
    SEEDANCE_1_0_PRO_250528 = "seedance-1-0-pro-250528"

    def __str__(self) -> str:
        return str(self.value)
