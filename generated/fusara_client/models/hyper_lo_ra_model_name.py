from enum import StrEnum


class HyperLoRAModelName(StrEnum):
    SDXL_HYPER_ID_LORA_V1_EDIT = "sdxl_hyper_id_lora_v1_edit"
    SDXL_HYPER_ID_LORA_V1_FIDELITY = "sdxl_hyper_id_lora_v1_fidelity"

    def __str__(self) -> str:
        return str(self.value)
