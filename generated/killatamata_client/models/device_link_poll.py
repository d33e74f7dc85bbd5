from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_link_status import DeviceLinkStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLinkPoll")


@_attrs_define
class DeviceLinkPoll:
    """The state of a link request; `apiKey` is present exactly once, in the answer that first sees approved.

    Attributes:
        status (DeviceLinkStatus | str):
        interval (int | Unset): Seconds to wait before the next poll.
        api_key (str | Unset):
        key_prefix (str | Unset):
        label (str | Unset):
    """

    status: DeviceLinkStatus | str
    interval: int | Unset = UNSET
    api_key: str | Unset = UNSET
    key_prefix: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, DeviceLinkStatus):
            status = self.status.value
        else:
            status = self.status

        interval = self.interval

        api_key = self.api_key

        key_prefix = self.key_prefix

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if key_prefix is not UNSET:
            field_dict["keyPrefix"] = key_prefix
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        interval = d.pop("interval", UNSET)

        api_key = d.pop("apiKey", UNSET)

        key_prefix = d.pop("keyPrefix", UNSET)

        label = d.pop("label", UNSET)

        device_link_poll = cls(
            status=status,
            interval=interval,
            api_key=api_key,
            key_prefix=key_prefix,
            label=label,
        )

        device_link_poll.additional_properties = d
        return device_link_poll

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
