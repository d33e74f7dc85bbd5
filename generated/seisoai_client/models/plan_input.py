from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_step_input import PlanStepInput


T = TypeVar("T", bound="PlanInput")


@_attrs_define
class PlanInput:
    """A plan, usually the `plan` of orchestrate_plan's answer.

    Attributes:
        steps (list[PlanStepInput]):
        goal (str | Unset):
        estimated_credits (float | Unset):
        estimated_duration_seconds (float | Unset):
    """

    steps: list[PlanStepInput]
    goal: str | Unset = UNSET
    estimated_credits: float | Unset = UNSET
    estimated_duration_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        goal = self.goal

        estimated_credits = self.estimated_credits

        estimated_duration_seconds = self.estimated_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
            }
        )
        if goal is not UNSET:
            field_dict["goal"] = goal
        if estimated_credits is not UNSET:
            field_dict["estimatedCredits"] = estimated_credits
        if estimated_duration_seconds is not UNSET:
            field_dict["estimatedDurationSeconds"] = estimated_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_step_input import PlanStepInput

        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = PlanStepInput.from_dict(steps_item_data)

            steps.append(steps_item)

        goal = d.pop("goal", UNSET)

        estimated_credits = d.pop("estimatedCredits", UNSET)

        estimated_duration_seconds = d.pop("estimatedDurationSeconds", UNSET)

        plan_input = cls(
            steps=steps,
            goal=goal,
            estimated_credits=estimated_credits,
            estimated_duration_seconds=estimated_duration_seconds,
        )

        plan_input.additional_properties = d
        return plan_input

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
