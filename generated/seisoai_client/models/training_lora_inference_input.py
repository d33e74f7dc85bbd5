from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_lora_inference_input_image_size import (
    TrainingLoraInferenceInputImageSize,
)
from ..models.training_lora_inference_input_output_format import (
    TrainingLoraInferenceInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingLoraInferenceInput")


@_attrs_define
class TrainingLoraInferenceInput:
    """LoRA Inference - Generate with Custom Model (training.lora-inference): Generate images using a previously trained
    LoRA model. Provide the LoRA weights URL and trigger word.

        Attributes:
            prompt (str): Text prompt (include trigger word)
            lora_url (str): URL of the trained LoRA weights
            lora_scale (float | Unset): LoRA influence scale Default: 1.0.
            image_size (TrainingLoraInferenceInputImageSize | Unset):  Default:
                TrainingLoraInferenceInputImageSize.LANDSCAPE_4_3.
            num_images (float | Unset):  Default: 1.0.
            seed (float | Unset):
            guidance_scale (float | Unset):  Default: 3.5.
            output_format (TrainingLoraInferenceInputOutputFormat | Unset):  Default:
                TrainingLoraInferenceInputOutputFormat.JPEG.
    """

    prompt: str
    lora_url: str
    lora_scale: float | Unset = 1.0
    image_size: TrainingLoraInferenceInputImageSize | Unset = (
        TrainingLoraInferenceInputImageSize.LANDSCAPE_4_3
    )
    num_images: float | Unset = 1.0
    seed: float | Unset = UNSET
    guidance_scale: float | Unset = 3.5
    output_format: TrainingLoraInferenceInputOutputFormat | Unset = (
        TrainingLoraInferenceInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        lora_url = self.lora_url

        lora_scale = self.lora_scale

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.value

        num_images = self.num_images

        seed = self.seed

        guidance_scale = self.guidance_scale

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "lora_url": lora_url,
            }
        )
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        lora_url = d.pop("lora_url")

        lora_scale = d.pop("lora_scale", UNSET)

        _image_size = d.pop("image_size", UNSET)
        image_size: TrainingLoraInferenceInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = TrainingLoraInferenceInputImageSize(_image_size)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: TrainingLoraInferenceInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = TrainingLoraInferenceInputOutputFormat(_output_format)

        training_lora_inference_input = cls(
            prompt=prompt,
            lora_url=lora_url,
            lora_scale=lora_scale,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            guidance_scale=guidance_scale,
            output_format=output_format,
        )

        training_lora_inference_input.additional_properties = d
        return training_lora_inference_input

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
