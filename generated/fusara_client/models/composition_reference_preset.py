from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompositionReferencePreset")


@_attrs_define
class CompositionReferencePreset:
    """
    Attributes:
        field_type_ (Literal[10]):
        weight (float | Unset):
        external_url (str | Unset):
        image_id (int | Unset):
    """

    field_type_: Literal[10]
    weight: float | Unset = UNSET
    external_url: str | Unset = UNSET
    image_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_ = self.field_type_

        weight = self.weight

        external_url = self.external_url

        image_id = self.image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "__type": field_type_,
            }
        )
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
        field_type_ = cast(Literal[10], d.pop("__type"))
        if field_type_ != 10:
            raise ValueError(f"__type must match const 10, got '{field_type_}'")

        weight = d.pop("Weight", UNSET)

        external_url = d.pop("ExternalUrl", UNSET)

        image_id = d.pop("ImageId", UNSET)

        composition_reference_preset = cls(
            field_type_=field_type_,
            weight=weight,
            external_url=external_url,
            image_id=image_id,
        )

        composition_reference_preset.additional_properties = d
        return composition_reference_preset

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
