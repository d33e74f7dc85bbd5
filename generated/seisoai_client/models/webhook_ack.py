from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_ack_status import WebhookAckStatus

T = TypeVar("T", bound="WebhookAck")


@_attrs_define
class WebhookAck:
    """Present when a webhook URL applies to this call.

    Attributes:
        url (str):
        status (WebhookAckStatus): delivered (sync; sent fire-and-forget) or pending (queue; sent when the job ends).
    """

    url: str
    status: WebhookAckStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        status = WebhookAckStatus(d.pop("status"))

        webhook_ack = cls(
            url=url,
            status=status,
        )

        webhook_ack.additional_properties = d
        return webhook_ack

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
