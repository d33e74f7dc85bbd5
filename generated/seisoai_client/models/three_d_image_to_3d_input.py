from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_d_image_to_3d_input_output_format import (
    ThreeDImageTo3DInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDImageTo3DInput")


@_attrs_define
class ThreeDImageTo3DInput:
    """Hunyuan3D v3 - Image to 3D (3d.image-to-3d): Convert a 2D image into a 3D model using Hunyuan3D v3. Supports GLB,
    OBJ, and FBX output formats with PBR materials.

        Attributes:
            image_url (str): URL of the image to convert to 3D
            back_image_url (str | Unset): Optional URL of back view image
            left_image_url (str | Unset): Optional URL of left view image
            right_image_url (str | Unset): Optional URL of right view image
            generate_texture (bool | Unset): Generate PBR textures Default: True.
            target_face_count (float | Unset): Target polygon count Default: 40000.0.
            output_format (ThreeDImageTo3DInputOutputFormat | Unset): Output 3D format Default:
                ThreeDImageTo3DInputOutputFormat.GLB.
    """

    image_url: str
    back_image_url: str | Unset = UNSET
    left_image_url: str | Unset = UNSET
    right_image_url: str | Unset = UNSET
    generate_texture: bool | Unset = True
    target_face_count: float | Unset = 40000.0
    output_format: ThreeDImageTo3DInputOutputFormat | Unset = (
        ThreeDImageTo3DInputOutputFormat.GLB
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        back_image_url = self.back_image_url

        left_image_url = self.left_image_url

        right_image_url = self.right_image_url

        generate_texture = self.generate_texture

        target_face_count = self.target_face_count

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
        if back_image_url is not UNSET:
            field_dict["back_image_url"] = back_image_url
        if left_image_url is not UNSET:
            field_dict["left_image_url"] = left_image_url
        if right_image_url is not UNSET:
            field_dict["right_image_url"] = right_image_url
        if generate_texture is not UNSET:
            field_dict["generate_texture"] = generate_texture
        if target_face_count is not UNSET:
            field_dict["target_face_count"] = target_face_count
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        back_image_url = d.pop("back_image_url", UNSET)

        left_image_url = d.pop("left_image_url", UNSET)

        right_image_url = d.pop("right_image_url", UNSET)

        generate_texture = d.pop("generate_texture", UNSET)

        target_face_count = d.pop("target_face_count", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ThreeDImageTo3DInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ThreeDImageTo3DInputOutputFormat(_output_format)

        three_d_image_to_3d_input = cls(
            image_url=image_url,
            back_image_url=back_image_url,
            left_image_url=left_image_url,
            right_image_url=right_image_url,
            generate_texture=generate_texture,
            target_face_count=target_face_count,
            output_format=output_format,
        )

        three_d_image_to_3d_input.additional_properties = d
        return three_d_image_to_3d_input

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
