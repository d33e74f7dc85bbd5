from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_link_status import DeviceLinkStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLinkRequestInfo")


@_attrs_define
class DeviceLinkRequestInfo:
    """
    Attributes:
        user_code (str): The user code shown to the user, e.g. ABCD-EFGH.
        status (DeviceLinkStatus | str):
        expires_at (datetime.datetime | str): An ISO 8601 date-time in an answer.
        key_label (str | Unset):
    """

    user_code: str
    status: DeviceLinkStatus | str
    expires_at: datetime.datetime | str
    key_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_code = self.user_code

        status: str
        if isinstance(self.status, DeviceLinkStatus):
            status = self.status.value
        else:
            status = self.status

        expires_at: str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        key_label = self.key_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userCode": user_code,
                "status": status,
                "expiresAt": expires_at,
            }
        )
        if key_label is not UNSET:
            field_dict["keyLabel"] = key_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_code = d.pop("userCode")

        def _parse_status(data: object) -> DeviceLinkStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeviceLinkStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceLinkStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_expires_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        key_label = d.pop("keyLabel", UNSET)

        device_link_request_info = cls(
            user_code=user_code,
            status=status,
            expires_at=expires_at,
            key_label=key_label,
        )

        device_link_request_info.additional_properties = d
        return device_link_request_info

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
