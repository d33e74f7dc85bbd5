from enum import StrEnum


class RunwayModel(StrEnum):
    GEN3A_TURBO = "gen3a_turbo"
    GEN4_TURBO = "gen4_turbo"
    VEO3 = "veo3"
    VEO3_1 = "veo3.1"
    VEO3_1_FAST = "veo3.1_fast"

    def __str__(self) -> str:
        return str(self.value)
