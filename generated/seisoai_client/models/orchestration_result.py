from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orchestration_plan import OrchestrationPlan
    from ..models.step_result import StepResult


T = TypeVar("T", bound="OrchestrationResult")


@_attrs_define
class OrchestrationResult:
    """The outcome of running a plan.

    Attributes:
        success (bool):
        step_results (list[StepResult]):
        goal (str | Unset):
        plan (OrchestrationPlan | Unset):
        final_output (Any | Unset): The last completed step's output, or null.
        total_duration_ms (int | Unset):
        total_credits (float | Unset):
    """

    success: bool
    step_results: list[StepResult]
    goal: str | Unset = UNSET
    plan: OrchestrationPlan | Unset = UNSET
    final_output: Any | Unset = UNSET
    total_duration_ms: int | Unset = UNSET
    total_credits: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        step_results = []
        for step_results_item_data in self.step_results:
            step_results_item = step_results_item_data.to_dict()
            step_results.append(step_results_item)

        goal = self.goal

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        final_output = self.final_output

        total_duration_ms = self.total_duration_ms

        total_credits = self.total_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "stepResults": step_results,
            }
        )
        if goal is not UNSET:
            field_dict["goal"] = goal
        if plan is not UNSET:
            field_dict["plan"] = plan
        if final_output is not UNSET:
            field_dict["finalOutput"] = final_output
        if total_duration_ms is not UNSET:
            field_dict["totalDurationMs"] = total_duration_ms
        if total_credits is not UNSET:
            field_dict["totalCredits"] = total_credits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.orchestration_plan import OrchestrationPlan
        from ..models.step_result import StepResult

        d = dict(src_dict)
        success = d.pop("success")

        step_results = []
        _step_results = d.pop("stepResults")
        for step_results_item_data in _step_results:
            step_results_item = StepResult.from_dict(step_results_item_data)

            step_results.append(step_results_item)

        goal = d.pop("goal", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: OrchestrationPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = OrchestrationPlan.from_dict(_plan)

        final_output = d.pop("finalOutput", UNSET)

        total_duration_ms = d.pop("totalDurationMs", UNSET)

        total_credits = d.pop("totalCredits", UNSET)

        orchestration_result = cls(
            success=success,
            step_results=step_results,
            goal=goal,
            plan=plan,
            final_output=final_output,
            total_duration_ms=total_duration_ms,
            total_credits=total_credits,
        )

        orchestration_result.additional_properties = d
        return orchestration_result

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
