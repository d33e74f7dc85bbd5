from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateStudioThreadRequest")


@_attrs_define
class UpdateStudioThreadRequest:
    """
    Attributes:
        thread_id (str):
        title (str):
    """

    thread_id: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = d.pop("threadId")

        title = d.pop("title")

        update_studio_thread_request = cls(
            thread_id=thread_id,
            title=title,
        )

        return update_studio_thread_request
