from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStudioAgentMessageRequest")


@_attrs_define
class RunStudioAgentMessageRequest:
    """
    Attributes:
        thread_id (str):
        prompt (str):
        preflight_id (str | Unset):
    """

    thread_id: str
    prompt: str
    preflight_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        prompt = self.prompt

        preflight_id = self.preflight_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "threadId": thread_id,
                "prompt": prompt,
            }
        )
        if preflight_id is not UNSET:
            field_dict["preflightId"] = preflight_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        thread_id = d.pop("threadId")

        prompt = d.pop("prompt")

        preflight_id = d.pop("preflightId", UNSET)

        run_studio_agent_message_request = cls(
            thread_id=thread_id,
            prompt=prompt,
            preflight_id=preflight_id,
        )

        return run_studio_agent_message_request
