from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLinkStart")


@_attrs_define
class DeviceLinkStart:
    """
    Attributes:
        device_code (str): The device code kept by the local tool, e.g. ktd_...
        user_code (str): The user code shown to the user, e.g. ABCD-EFGH.
        verification_url_complete (str):
        expires_in (int): Seconds until the link request expires.
        interval (int): Seconds to wait between polls.
        verification_url (str | Unset):
    """

    device_code: str
    user_code: str
    verification_url_complete: str
    expires_in: int
    interval: int
    verification_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        user_code = self.user_code

        verification_url_complete = self.verification_url_complete

        expires_in = self.expires_in

        interval = self.interval

        verification_url = self.verification_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceCode": device_code,
                "userCode": user_code,
                "verificationUrlComplete": verification_url_complete,
                "expiresIn": expires_in,
                "interval": interval,
            }
        )
        if verification_url is not UNSET:
            field_dict["verificationUrl"] = verification_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_code = d.pop("deviceCode")

        user_code = d.pop("userCode")

        verification_url_complete = d.pop("verificationUrlComplete")

        expires_in = d.pop("expiresIn")

        interval = d.pop("interval")

        verification_url = d.pop("verificationUrl", UNSET)

        device_link_start = cls(
            device_code=device_code,
            user_code=user_code,
            verification_url_complete=verification_url_complete,
            expires_in=expires_in,
            interval=interval,
            verification_url=verification_url,
        )

        device_link_start.additional_properties = d
        return device_link_start

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
