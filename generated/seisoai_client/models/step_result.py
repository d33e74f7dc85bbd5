from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_result_status import StepResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepResult")


@_attrs_define
class StepResult:
    """
    Attributes:
        tool_id (str):
        status (StepResultStatus):
        duration_ms (int):
        step_id (str | Unset):
        result (Any | Unset): The step's output (completed steps).
        error (str | Unset):
    """

    tool_id: str
    status: StepResultStatus
    duration_ms: int
    step_id: str | Unset = UNSET
    result: Any | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        status = self.status.value

        duration_ms = self.duration_ms

        step_id = self.step_id

        result = self.result

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
                "status": status,
                "durationMs": duration_ms,
            }
        )
        if step_id is not UNSET:
            field_dict["stepId"] = step_id
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId")

        status = StepResultStatus(d.pop("status"))

        duration_ms = d.pop("durationMs")

        step_id = d.pop("stepId", UNSET)

        result = d.pop("result", UNSET)

        error = d.pop("error", UNSET)

        step_result = cls(
            tool_id=tool_id,
            status=status,
            duration_ms=duration_ms,
            step_id=step_id,
            result=result,
            error=error,
        )

        step_result.additional_properties = d
        return step_result

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
