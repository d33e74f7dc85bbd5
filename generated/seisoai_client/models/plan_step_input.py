from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_step_input_input import PlanStepInputInput
    from ..models.plan_step_input_input_mappings import PlanStepInputInputMappings


T = TypeVar("T", bound="PlanStepInput")


@_attrs_define
class PlanStepInput:
    """One step of a plan to run.

    Attributes:
        tool_id (str):
        input_ (PlanStepInputInput):
        step_id (str | Unset):
        tool_name (str | Unset):
        input_mappings (PlanStepInputInputMappings | Unset): Input field -> $<stepId>.<path> reference to an earlier
            step's output.
        description (str | Unset):
    """

    tool_id: str
    input_: PlanStepInputInput
    step_id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    input_mappings: PlanStepInputInputMappings | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        input_ = self.input_.to_dict()

        step_id = self.step_id

        tool_name = self.tool_name

        input_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_mappings, Unset):
            input_mappings = self.input_mappings.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
                "input": input_,
            }
        )
        if step_id is not UNSET:
            field_dict["stepId"] = step_id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if input_mappings is not UNSET:
            field_dict["inputMappings"] = input_mappings
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_step_input_input import PlanStepInputInput
        from ..models.plan_step_input_input_mappings import PlanStepInputInputMappings

        d = dict(src_dict)
        tool_id = d.pop("toolId")

        input_ = PlanStepInputInput.from_dict(d.pop("input"))

        step_id = d.pop("stepId", UNSET)

        tool_name = d.pop("toolName", UNSET)

        _input_mappings = d.pop("inputMappings", UNSET)
        input_mappings: PlanStepInputInputMappings | Unset
        if isinstance(_input_mappings, Unset):
            input_mappings = UNSET
        else:
            input_mappings = PlanStepInputInputMappings.from_dict(_input_mappings)

        description = d.pop("description", UNSET)

        plan_step_input = cls(
            tool_id=tool_id,
            input_=input_,
            step_id=step_id,
            tool_name=tool_name,
            input_mappings=input_mappings,
            description=description,
        )

        plan_step_input.additional_properties = d
        return plan_step_input

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
