from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_inpaint_input_output_format import ImageInpaintInputOutputFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageInpaintInput")


@_attrs_define
class ImageInpaintInput:
    """Image Inpainting (image.inpaint): Fill in or replace masked regions of an image using AI. Provide a mask to indicate
    which areas to regenerate.

        Attributes:
            prompt (str): Description of what to generate in the masked area
            image_url (str): URL of the original image
            mask_url (str): URL of the mask image (white = areas to regenerate)
            seed (float | Unset):
            guidance_scale (float | Unset):  Default: 7.5.
            output_format (ImageInpaintInputOutputFormat | Unset):  Default: ImageInpaintInputOutputFormat.PNG.
    """

    prompt: str
    image_url: str
    mask_url: str
    seed: float | Unset = UNSET
    guidance_scale: float | Unset = 7.5
    output_format: ImageInpaintInputOutputFormat | Unset = (
        ImageInpaintInputOutputFormat.PNG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        mask_url = self.mask_url

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
                "mask_url": mask_url,
            }
        )
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

        mask_url = d.pop("mask_url")

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageInpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageInpaintInputOutputFormat(_output_format)

        image_inpaint_input = cls(
            prompt=prompt,
            image_url=image_url,
            mask_url=mask_url,
            seed=seed,
            guidance_scale=guidance_scale,
            output_format=output_format,
        )

        image_inpaint_input.additional_properties = d
        return image_inpaint_input

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
