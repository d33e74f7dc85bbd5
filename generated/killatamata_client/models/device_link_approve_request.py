from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLinkApproveRequest")


@_attrs_define
class DeviceLinkApproveRequest:
    """
    Attributes:
        user_code (str): The user code shown to the user, e.g. ABCD-EFGH.
        key_label (str | Unset): A human-readable label for an API key.
    """

    user_code: str
    key_label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_code = self.user_code

        key_label = self.key_label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userCode": user_code,
            }
        )
        if key_label is not UNSET:
            field_dict["keyLabel"] = key_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_code = d.pop("userCode")

        key_label = d.pop("keyLabel", UNSET)

        device_link_approve_request = cls(
            user_code=user_code,
            key_label=key_label,
        )

        return device_link_approve_request
