from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_message import StudioMessage


T = TypeVar("T", bound="StudioThreadDetail")


@_attrs_define
class StudioThreadDetail:
    """
    Attributes:
        thread_id (str):
        project_id (str | Unset):
        title (str | Unset):
        messages (list[StudioMessage] | Unset):
    """

    thread_id: str
    project_id: str | Unset = UNSET
    title: str | Unset = UNSET
    messages: list[StudioMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        project_id = self.project_id

        title = self.title

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threadId": thread_id,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if title is not UNSET:
            field_dict["title"] = title
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_message import StudioMessage

        d = dict(src_dict)
        thread_id = d.pop("threadId")

        project_id = d.pop("projectId", UNSET)

        title = d.pop("title", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[StudioMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = StudioMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        studio_thread_detail = cls(
            thread_id=thread_id,
            project_id=project_id,
            title=title,
            messages=messages,
        )

        studio_thread_detail.additional_properties = d
        return studio_thread_detail

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
