from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailVerifyRequest")


@_attrs_define
class EmailVerifyRequest:
    """
    Attributes:
        email (str): An email address.
        code (str): The one-time code from the sign-in email.
        key_label (str | Unset): A human-readable label for an API key.
    """

    email: str
    code: str
    key_label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        code = self.code

        key_label = self.key_label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "code": code,
            }
        )
        if key_label is not UNSET:
            field_dict["keyLabel"] = key_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        code = d.pop("code")

        key_label = d.pop("keyLabel", UNSET)

        email_verify_request = cls(
            email=email,
            code=code,
            key_label=key_label,
        )

        return email_verify_request
