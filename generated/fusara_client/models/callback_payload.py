from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_status import CallbackStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackPayload")


@_attrs_define
class CallbackPayload:
    """Body of the completion webhook POSTed to CompletionCallbackUrl (section 9.9); fire-and-forget, no retries.

    Example:
        {'taskId': 12345, 'statusId': 100, 'statusCode': 'COMPLETION_SUCCESS', 'statusMessage': 'Task completed
            successfully'}

    Attributes:
        task_id (int):
        status_id (CallbackStatus):
        status_code (str | Unset): E.g. COMPLETION_SUCCESS.
        status_message (str | Unset):
    """

    task_id: int
    status_id: CallbackStatus
    status_code: str | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status_id = self.status_id.value

        status_code = self.status_code

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "statusId": status_id,
            }
        )
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        status_id = CallbackStatus(d.pop("statusId"))

        status_code = d.pop("statusCode", UNSET)

        status_message = d.pop("statusMessage", UNSET)

        callback_payload = cls(
            task_id=task_id,
            status_id=status_id,
            status_code=status_code,
            status_message=status_message,
        )

        callback_payload.additional_properties = d
        return callback_payload

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
