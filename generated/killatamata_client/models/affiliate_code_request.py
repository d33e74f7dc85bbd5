from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AffiliateCodeRequest")


@_attrs_define
class AffiliateCodeRequest:
    """
    Attributes:
        code (str): An affiliate referral code, e.g. PROMO_42.
    """

    code: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        affiliate_code_request = cls(
            code=code,
        )

        return affiliate_code_request
