from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_flux_pro_kontext_edit_input_image_size import (
    ImageGenerateFluxProKontextEditInputImageSize,
)
from ..models.image_generate_flux_pro_kontext_edit_input_output_format import (
    ImageGenerateFluxProKontextEditInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateFluxProKontextEditInput")


@_attrs_define
class ImageGenerateFluxProKontextEditInput:
    """FLUX Pro Kontext - Image Editing (image.generate.flux-pro-kontext-edit): Edit an existing image using text
    instructions with FLUX Pro Kontext. Supports single image editing with natural language commands.

        Attributes:
            prompt (str): Text instruction for how to edit the image
            image_url (str): URL of the image to edit
            image_size (ImageGenerateFluxProKontextEditInputImageSize | Unset): Output image dimensions Default:
                ImageGenerateFluxProKontextEditInputImageSize.LANDSCAPE_4_3.
            seed (float | Unset): Random seed for reproducibility
            guidance_scale (float | Unset): Guidance scale Default: 3.5.
            output_format (ImageGenerateFluxProKontextEditInputOutputFormat | Unset):  Default:
                ImageGenerateFluxProKontextEditInputOutputFormat.JPEG.
    """

    prompt: str
    image_url: str
    image_size: ImageGenerateFluxProKontextEditInputImageSize | Unset = (
        ImageGenerateFluxProKontextEditInputImageSize.LANDSCAPE_4_3
    )
    seed: float | Unset = UNSET
    guidance_scale: float | Unset = 3.5
    output_format: ImageGenerateFluxProKontextEditInputOutputFormat | Unset = (
        ImageGenerateFluxProKontextEditInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.value

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
                "image_url": image_url,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
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

        image_url = d.pop("image_url")

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateFluxProKontextEditInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateFluxProKontextEditInputImageSize(_image_size)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateFluxProKontextEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateFluxProKontextEditInputOutputFormat(
                _output_format
            )

        image_generate_flux_pro_kontext_edit_input = cls(
            prompt=prompt,
            image_url=image_url,
            image_size=image_size,
            seed=seed,
            guidance_scale=guidance_scale,
            output_format=output_format,
        )

        image_generate_flux_pro_kontext_edit_input.additional_properties = d
        return image_generate_flux_pro_kontext_edit_input

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
