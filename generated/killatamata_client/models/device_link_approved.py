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

T = TypeVar("T", bound="DeviceLinkApproved")


@_attrs_define
class DeviceLinkApproved:
    """
    Attributes:
        approved (Literal[True]):
        user_code (str): The user code shown to the user, e.g. ABCD-EFGH.
    """

    approved: Literal[True]
    user_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        user_code = self.user_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved": approved,
                "userCode": user_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved = cast(Literal[True], d.pop("approved"))
        if approved != True:
            raise ValueError(f"approved must match const True, got '{approved}'")

        user_code = d.pop("userCode")

        device_link_approved = cls(
            approved=approved,
            user_code=user_code,
        )

        device_link_approved.additional_properties = d
        return device_link_approved

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
