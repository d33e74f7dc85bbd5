from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_flux_controlnet_canny_input_image_size import (
    ImageGenerateFluxControlnetCannyInputImageSize,
)
from ..models.image_generate_flux_controlnet_canny_input_output_format import (
    ImageGenerateFluxControlnetCannyInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateFluxControlnetCannyInput")


@_attrs_define
class ImageGenerateFluxControlnetCannyInput:
    """FLUX ControlNet Canny (image.generate.flux-controlnet-canny): Generate images guided by edge detection (Canny) from
    a reference image. Great for maintaining structure while changing style.

        Attributes:
            prompt (str): Text description of the desired output
            control_image_url (str): URL of the reference image for edge detection
            image_size (ImageGenerateFluxControlnetCannyInputImageSize | Unset):  Default:
                ImageGenerateFluxControlnetCannyInputImageSize.LANDSCAPE_4_3.
            num_images (float | Unset):  Default: 1.0.
            seed (float | Unset):
            guidance_scale (float | Unset):  Default: 3.5.
            output_format (ImageGenerateFluxControlnetCannyInputOutputFormat | Unset):  Default:
                ImageGenerateFluxControlnetCannyInputOutputFormat.JPEG.
    """

    prompt: str
    control_image_url: str
    image_size: ImageGenerateFluxControlnetCannyInputImageSize | Unset = (
        ImageGenerateFluxControlnetCannyInputImageSize.LANDSCAPE_4_3
    )
    num_images: float | Unset = 1.0
    seed: float | Unset = UNSET
    guidance_scale: float | Unset = 3.5
    output_format: ImageGenerateFluxControlnetCannyInputOutputFormat | Unset = (
        ImageGenerateFluxControlnetCannyInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        control_image_url = self.control_image_url

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
                "control_image_url": control_image_url,
            }
        )
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

        control_image_url = d.pop("control_image_url")

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateFluxControlnetCannyInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateFluxControlnetCannyInputImageSize(_image_size)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateFluxControlnetCannyInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateFluxControlnetCannyInputOutputFormat(
                _output_format
            )

        image_generate_flux_controlnet_canny_input = cls(
            prompt=prompt,
            control_image_url=control_image_url,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            guidance_scale=guidance_scale,
            output_format=output_format,
        )

        image_generate_flux_controlnet_canny_input.additional_properties = d
        return image_generate_flux_controlnet_canny_input

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
