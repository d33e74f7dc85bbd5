from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerationFailedData")


@_attrs_define
class GenerationFailedData:
    """
    Attributes:
        tool_id (str):
        error (str):
        tool_name (str | Unset):
        job_id (str | Unset):
        agent_id (str | Unset):
        status (str | Unset): fal.ai's final status, when the job ended FAILED/ERROR/CANCELLED.
    """

    tool_id: str
    error: str
    tool_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        error = self.error

        tool_name = self.tool_name

        job_id = self.job_id

        agent_id = self.agent_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
                "error": error,
            }
        )
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId")

        error = d.pop("error")

        tool_name = d.pop("toolName", UNSET)

        job_id = d.pop("jobId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        status = d.pop("status", UNSET)

        generation_failed_data = cls(
            tool_id=tool_id,
            error=error,
            tool_name=tool_name,
            job_id=job_id,
            agent_id=agent_id,
            status=status,
        )

        generation_failed_data.additional_properties = d
        return generation_failed_data

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
