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

T = TypeVar("T", bound="RevokedKey")


@_attrs_define
class RevokedKey:
    """
    Attributes:
        revoked (Literal[True]):
        key_prefix (str):
    """

    revoked: Literal[True]
    key_prefix: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revoked = self.revoked

        key_prefix = self.key_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revoked": revoked,
                "keyPrefix": key_prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        revoked = cast(Literal[True], d.pop("revoked"))
        if revoked != True:
            raise ValueError(f"revoked must match const True, got '{revoked}'")

        key_prefix = d.pop("keyPrefix")

        revoked_key = cls(
            revoked=revoked,
            key_prefix=key_prefix,
        )

        revoked_key.additional_properties = d
        return revoked_key

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
