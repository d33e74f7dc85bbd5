from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PrepareStudioAgentMessageRequest")


@_attrs_define
class PrepareStudioAgentMessageRequest:
    """
    Attributes:
        thread_id (str):
        prompt (str):
    """

    thread_id: str
    prompt: str

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = d.pop("threadId")

        prompt = d.pop("prompt")

        prepare_studio_agent_message_request = cls(
            thread_id=thread_id,
            prompt=prompt,
        )

        return prepare_studio_agent_message_request
