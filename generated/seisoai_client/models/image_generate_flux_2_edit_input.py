from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_flux_2_edit_input_image_size import (
    ImageGenerateFlux2EditInputImageSize,
)
from ..models.image_generate_flux_2_edit_input_output_format import (
    ImageGenerateFlux2EditInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateFlux2EditInput")


@_attrs_define
class ImageGenerateFlux2EditInput:
    """FLUX 2 - Image Editing (image.generate.flux-2-edit): Edit images with photorealistic quality using FLUX 2. Best for
    realistic edits and modifications.

        Attributes:
            prompt (str): Edit instruction
            image_url (str): URL of image to edit
            image_size (ImageGenerateFlux2EditInputImageSize | Unset):  Default:
                ImageGenerateFlux2EditInputImageSize.LANDSCAPE_4_3.
            seed (float | Unset):
            output_format (ImageGenerateFlux2EditInputOutputFormat | Unset):  Default:
                ImageGenerateFlux2EditInputOutputFormat.JPEG.
    """

    prompt: str
    image_url: str
    image_size: ImageGenerateFlux2EditInputImageSize | Unset = (
        ImageGenerateFlux2EditInputImageSize.LANDSCAPE_4_3
    )
    seed: float | Unset = UNSET
    output_format: ImageGenerateFlux2EditInputOutputFormat | Unset = (
        ImageGenerateFlux2EditInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.value

        seed = self.seed

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateFlux2EditInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateFlux2EditInputImageSize(_image_size)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateFlux2EditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateFlux2EditInputOutputFormat(_output_format)

        image_generate_flux_2_edit_input = cls(
            prompt=prompt,
            image_url=image_url,
            image_size=image_size,
            seed=seed,
            output_format=output_format,
        )

        image_generate_flux_2_edit_input.additional_properties = d
        return image_generate_flux_2_edit_input

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
