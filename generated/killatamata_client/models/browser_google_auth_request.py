from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BrowserGoogleAuthRequest")


@_attrs_define
class BrowserGoogleAuthRequest:
    """
    Attributes:
        id_token (str): A Google ID token (a JWT).
    """

    id_token: str

    def to_dict(self) -> dict[str, Any]:
        id_token = self.id_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idToken": id_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_token = d.pop("idToken")

        browser_google_auth_request = cls(
            id_token=id_token,
        )

        return browser_google_auth_request
