from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeviceLinkPollRequest")


@_attrs_define
class DeviceLinkPollRequest:
    """
    Attributes:
        device_code (str): The device code kept by the local tool, e.g. ktd_...
    """

    device_code: str

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deviceCode": device_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_code = d.pop("deviceCode")

        device_link_poll_request = cls(
            device_code=device_code,
        )

        return device_link_poll_request
