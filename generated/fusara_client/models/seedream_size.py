from enum import StrEnum


class SeedreamSize(StrEnum):
    VALUE_0 = "648x1512"
    VALUE_1 = "720x1280"
    VALUE_10 = "1440x2560"
    VALUE_11 = "1664x2496"
    VALUE_12 = "1728x2304"
    VALUE_13 = "2048x2048"
    VALUE_14 = "2304x1728"
    VALUE_15 = "2496x1664"
    VALUE_16 = "2560x1440"
    VALUE_17 = "3024x1296"
    VALUE_18 = "2592x6048"
    VALUE_19 = "2880x5120"
    VALUE_2 = "832x1248"
    VALUE_20 = "3328x4992"
    VALUE_21 = "3456x4608"
    VALUE_22 = "4096x4096"
    VALUE_23 = "4608x3456"
    VALUE_24 = "4992x3328"
    VALUE_25 = "5120x2880"
    VALUE_26 = "6048x2592"
    VALUE_3 = "864x1152"
    VALUE_4 = "1024x1024"
    VALUE_5 = "1152x864"
    VALUE_6 = "1248x832"
    VALUE_7 = "1280x720"
    VALUE_8 = "1512x648"
    VALUE_9 = "1296x3024"

    def __str__(self) -> str:
        return str(self.value)
