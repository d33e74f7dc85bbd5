from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisualReferencePresetBase")


@_attrs_define
class VisualReferencePresetBase:
    """A visual reference preset (section 5.1): Weight, and ExternalUrl or ImageId, never both.

    Attributes:
        weight (float | Unset):
        external_url (str | Unset):
        image_id (int | Unset):
    """

    weight: float | Unset = UNSET
    external_url: str | Unset = UNSET
    image_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weight = self.weight

        external_url = self.external_url

        image_id = self.image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["Weight"] = weight
        if external_url is not UNSET:
            field_dict["ExternalUrl"] = external_url
        if image_id is not UNSET:
            field_dict["ImageId"] = image_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        weight = d.pop("Weight", UNSET)

        external_url = d.pop("ExternalUrl", UNSET)

        image_id = d.pop("ImageId", UNSET)

        visual_reference_preset_base = cls(
            weight=weight,
            external_url=external_url,
            image_id=image_id,
        )

        visual_reference_preset_base.additional_properties = d
        return visual_reference_preset_base

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
