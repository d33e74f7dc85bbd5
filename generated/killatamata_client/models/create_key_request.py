from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest:
    """`label` for a key of the authenticated account; `idToken` (with an optional label) for Google bootstrap.

    Attributes:
        label (str | Unset): A human-readable label for an API key.
        id_token (str | Unset): A Google ID token (a JWT).
    """

    label: str | Unset = UNSET
    id_token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id_token = self.id_token

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if id_token is not UNSET:
            field_dict["idToken"] = id_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        id_token = d.pop("idToken", UNSET)

        create_key_request = cls(
            label=label,
            id_token=id_token,
        )

        return create_key_request
