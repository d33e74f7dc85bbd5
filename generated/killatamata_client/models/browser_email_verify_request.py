from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BrowserEmailVerifyRequest")


@_attrs_define
class BrowserEmailVerifyRequest:
    """
    Attributes:
        email (str): An email address.
        code (str): The one-time code from the sign-in email.
    """

    email: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        code = d.pop("code")

        browser_email_verify_request = cls(
            email=email,
            code=code,
        )

        return browser_email_verify_request
