from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleAuthRequest")


@_attrs_define
class GoogleAuthRequest:
    """
    Attributes:
        id_token (str): A Google ID token (a JWT).
        key_label (str | Unset): A human-readable label for an API key.
    """

    id_token: str
    key_label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_token = self.id_token

        key_label = self.key_label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idToken": id_token,
            }
        )
        if key_label is not UNSET:
            field_dict["keyLabel"] = key_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_token = d.pop("idToken")

        key_label = d.pop("keyLabel", UNSET)

        google_auth_request = cls(
            id_token=id_token,
            key_label=key_label,
        )

        return google_auth_request
