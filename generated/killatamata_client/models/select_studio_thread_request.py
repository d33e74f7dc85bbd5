from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SelectStudioThreadRequest")


@_attrs_define
class SelectStudioThreadRequest:
    """
    Attributes:
        thread_id (str):
    """

    thread_id: str

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = d.pop("threadId")

        select_studio_thread_request = cls(
            thread_id=thread_id,
        )

        return select_studio_thread_request
