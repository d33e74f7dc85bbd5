from enum import StrEnum


class HyperLoRASDXLModelName(StrEnum):
    CYBERREALISTICXL_V11VAE_SAFETENSORS = "cyberrealisticXL_v11VAE.safetensors"
    REALVISXLV50_V50BAKEDVAE_SAFETENSORS = "realvisxlV50_v50Bakedvae.safetensors"

    def __str__(self) -> str:
        return str(self.value)
