from enum import StrEnum


class GoogleImagenModel(StrEnum):
    IMAGEN_4_0_FAST_GENERATE_001 = "imagen-4.0-fast-generate-001"
    IMAGEN_4_0_GENERATE_001 = "imagen-4.0-generate-001"
    IMAGEN_4_0_ULTRA_GENERATE_001 = "imagen-4.0-ultra-generate-001"

    def __str__(self) -> str:
        return str(self.value)
