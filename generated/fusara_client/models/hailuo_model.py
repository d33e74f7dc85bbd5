from enum import StrEnum


class HailuoModel(StrEnum):
    MINIMAX_HAILUO_2_3 = "MiniMax-Hailuo-2.3"
    MINIMAX_HAILUO_2_3_FAST = "MiniMax-Hailuo-2.3-Fast"

    def __str__(self) -> str:
        return str(self.value)
