from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateApplyRequest")


@_attrs_define
class AffiliateApplyRequest:
    """
    Attributes:
        display_name (str | Unset):
        website (str | Unset):
        payout_email (str | Unset): An email address.
    """

    display_name: str | Unset = UNSET
    website: str | Unset = UNSET
    payout_email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        website = self.website

        payout_email = self.payout_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if website is not UNSET:
            field_dict["website"] = website
        if payout_email is not UNSET:
            field_dict["payoutEmail"] = payout_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        website = d.pop("website", UNSET)

        payout_email = d.pop("payoutEmail", UNSET)

        affiliate_apply_request = cls(
            display_name=display_name,
            website=website,
            payout_email=payout_email,
        )

        return affiliate_apply_request
