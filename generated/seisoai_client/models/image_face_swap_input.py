from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageFaceSwapInput")


@_attrs_define
class ImageFaceSwapInput:
    """Face Swap (image.face-swap): Swap faces between two images. Detects and replaces the face in the target image with
    the face from the source image.

        Attributes:
            source_image_url (str): URL of the image containing the face to use
            target_image_url (str): URL of the image where the face will be placed
    """

    source_image_url: str
    target_image_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_image_url = self.source_image_url

        target_image_url = self.target_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_image_url": source_image_url,
                "target_image_url": target_image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_image_url = d.pop("source_image_url")

        target_image_url = d.pop("target_image_url")

        image_face_swap_input = cls(
            source_image_url=source_image_url,
            target_image_url=target_image_url,
        )

        image_face_swap_input.additional_properties = d
        return image_face_swap_input

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
