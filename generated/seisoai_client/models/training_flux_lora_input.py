from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingFluxLoraInput")


@_attrs_define
class TrainingFluxLoraInput:
    """FLUX LoRA Fast Training (training.flux-lora): Train a custom LoRA model on FLUX for personalized image generation.
    Upload training images to create a fine-tuned model.

        Attributes:
            images_data_url (str): URL of training images ZIP file
            trigger_word (str | Unset): Trigger word for the trained concept Default: 'ohwx'.
            steps (float | Unset): Training steps Default: 1000.0.
            learning_rate (float | Unset): Learning rate Default: 0.0001.
            create_masks (bool | Unset): Auto-generate training masks Default: True.
    """

    images_data_url: str
    trigger_word: str | Unset = "ohwx"
    steps: float | Unset = 1000.0
    learning_rate: float | Unset = 0.0001
    create_masks: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        trigger_word = self.trigger_word

        steps = self.steps

        learning_rate = self.learning_rate

        create_masks = self.create_masks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if trigger_word is not UNSET:
            field_dict["trigger_word"] = trigger_word
        if steps is not UNSET:
            field_dict["steps"] = steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if create_masks is not UNSET:
            field_dict["create_masks"] = create_masks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        trigger_word = d.pop("trigger_word", UNSET)

        steps = d.pop("steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        create_masks = d.pop("create_masks", UNSET)

        training_flux_lora_input = cls(
            images_data_url=images_data_url,
            trigger_word=trigger_word,
            steps=steps,
            learning_rate=learning_rate,
            create_masks=create_masks,
        )

        training_flux_lora_input.additional_properties = d
        return training_flux_lora_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
