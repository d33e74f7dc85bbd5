from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RevokeKeyRequest")


@_attrs_define
class RevokeKeyRequest:
    """
    Attributes:
        key_prefix (str):
    """

    key_prefix: str

    def to_dict(self) -> dict[str, Any]:
        key_prefix = self.key_prefix

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keyPrefix": key_prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_prefix = d.pop("keyPrefix")

        revoke_key_request = cls(
            key_prefix=key_prefix,
        )

        return revoke_key_request
