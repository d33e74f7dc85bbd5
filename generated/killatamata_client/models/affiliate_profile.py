from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProfile")


@_attrs_define
class AffiliateProfile:
    """
    Attributes:
        status (str):
        display_name (str | Unset):
        website (str | Unset):
        payout_email (str | Unset):
        code (str | Unset):
        created_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
    """

    status: str
    display_name: str | Unset = UNSET
    website: str | Unset = UNSET
    payout_email: str | Unset = UNSET
    code: str | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        display_name = self.display_name

        website = self.website

        payout_email = self.payout_email

        code = self.code

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if website is not UNSET:
            field_dict["website"] = website
        if payout_email is not UNSET:
            field_dict["payoutEmail"] = payout_email
        if code is not UNSET:
            field_dict["code"] = code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        display_name = d.pop("displayName", UNSET)

        website = d.pop("website", UNSET)

        payout_email = d.pop("payoutEmail", UNSET)

        code = d.pop("code", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        affiliate_profile = cls(
            status=status,
            display_name=display_name,
            website=website,
            payout_email=payout_email,
            code=code,
            created_at=created_at,
        )

        affiliate_profile.additional_properties = d
        return affiliate_profile

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
