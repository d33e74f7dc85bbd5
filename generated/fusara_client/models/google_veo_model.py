from enum import StrEnum


class GoogleVeoModel(StrEnum):
    VEO_3_1_FAST_GENERATE_PREVIEW = "veo-3.1-fast-generate-preview"
    VEO_3_1_GENERATE_PREVIEW = "veo-3.1-generate-preview"

    def __str__(self) -> str:
        return str(self.value)
