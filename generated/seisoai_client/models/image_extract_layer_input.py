from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_extract_layer_input_operating_resolution import (
    ImageExtractLayerInputOperatingResolution,
)
from ..models.image_extract_layer_input_output_format import (
    ImageExtractLayerInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageExtractLayerInput")


@_attrs_define
class ImageExtractLayerInput:
    """Layer Extraction (Background Removal) (image.extract-layer): Extract the foreground subject from an image, removing
    the background. Returns an RGBA image with transparency.

        Attributes:
            image_url (str): URL of the image to extract from
            operating_resolution (ImageExtractLayerInputOperatingResolution | Unset): Processing resolution Default:
                ImageExtractLayerInputOperatingResolution.VALUE_0.
            output_format (ImageExtractLayerInputOutputFormat | Unset):  Default: ImageExtractLayerInputOutputFormat.PNG.
    """

    image_url: str
    operating_resolution: ImageExtractLayerInputOperatingResolution | Unset = (
        ImageExtractLayerInputOperatingResolution.VALUE_0
    )
    output_format: ImageExtractLayerInputOutputFormat | Unset = (
        ImageExtractLayerInputOutputFormat.PNG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        operating_resolution: str | Unset = UNSET
        if not isinstance(self.operating_resolution, Unset):
            operating_resolution = self.operating_resolution.value

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if operating_resolution is not UNSET:
            field_dict["operating_resolution"] = operating_resolution
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _operating_resolution = d.pop("operating_resolution", UNSET)
        operating_resolution: ImageExtractLayerInputOperatingResolution | Unset
        if isinstance(_operating_resolution, Unset):
            operating_resolution = UNSET
        else:
            operating_resolution = ImageExtractLayerInputOperatingResolution(
                _operating_resolution
            )

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageExtractLayerInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageExtractLayerInputOutputFormat(_output_format)

        image_extract_layer_input = cls(
            image_url=image_url,
            operating_resolution=operating_resolution,
            output_format=output_format,
        )

        image_extract_layer_input.additional_properties = d
        return image_extract_layer_input

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
