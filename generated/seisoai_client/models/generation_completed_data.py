from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="GenerationCompletedData")


@_attrs_define
class GenerationCompletedData:
    """
    Attributes:
        tool_id (str):
        result (Any): fal.ai's output, passed through.
        tool_name (str | Unset):
        job_id (str | Unset): Queue tools only.
        agent_id (str | Unset): Agent-scoped calls only.
        agent_name (str | Unset):
        pricing (Price | Unset): The price of one invocation, markup included.
    """

    tool_id: str
    result: Any
    tool_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    pricing: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        result = self.result

        tool_name = self.tool_name

        job_id = self.job_id

        agent_id = self.agent_id

        agent_name = self.agent_name

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
                "result": result,
            }
        )
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price

        d = dict(src_dict)
        tool_id = d.pop("toolId")

        result = d.pop("result")

        tool_name = d.pop("toolName", UNSET)

        job_id = d.pop("jobId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        agent_name = d.pop("agentName", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: Price | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = Price.from_dict(_pricing)

        generation_completed_data = cls(
            tool_id=tool_id,
            result=result,
            tool_name=tool_name,
            job_id=job_id,
            agent_id=agent_id,
            agent_name=agent_name,
            pricing=pricing,
        )

        generation_completed_data.additional_properties = d
        return generation_completed_data

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
