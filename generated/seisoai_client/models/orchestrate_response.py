from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orchestration_plan import OrchestrationPlan
    from ..models.step_result import StepResult


T = TypeVar("T", bound="OrchestrateResponse")


@_attrs_define
class OrchestrateResponse:
    """orchestrate's answer, the plan alone (planOnly) or the full orchestration result.

    Attributes:
        plan (OrchestrationPlan):
        success (bool | Unset):
        goal (str | Unset):
        step_results (list[StepResult] | Unset):
        final_output (Any | Unset): The last completed step's output, or null.
        total_duration_ms (int | Unset):
        total_credits (float | Unset):
    """

    plan: OrchestrationPlan
    success: bool | Unset = UNSET
    goal: str | Unset = UNSET
    step_results: list[StepResult] | Unset = UNSET
    final_output: Any | Unset = UNSET
    total_duration_ms: int | Unset = UNSET
    total_credits: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.to_dict()

        success = self.success

        goal = self.goal

        step_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_results, Unset):
            step_results = []
            for step_results_item_data in self.step_results:
                step_results_item = step_results_item_data.to_dict()
                step_results.append(step_results_item)

        final_output = self.final_output

        total_duration_ms = self.total_duration_ms

        total_credits = self.total_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if goal is not UNSET:
            field_dict["goal"] = goal
        if step_results is not UNSET:
            field_dict["stepResults"] = step_results
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
        plan = OrchestrationPlan.from_dict(d.pop("plan"))

        success = d.pop("success", UNSET)

        goal = d.pop("goal", UNSET)

        _step_results = d.pop("stepResults", UNSET)
        step_results: list[StepResult] | Unset = UNSET
        if _step_results is not UNSET:
            step_results = []
            for step_results_item_data in _step_results:
                step_results_item = StepResult.from_dict(step_results_item_data)

                step_results.append(step_results_item)

        final_output = d.pop("finalOutput", UNSET)

        total_duration_ms = d.pop("totalDurationMs", UNSET)

        total_credits = d.pop("totalCredits", UNSET)

        orchestrate_response = cls(
            plan=plan,
            success=success,
            goal=goal,
            step_results=step_results,
            final_output=final_output,
            total_duration_ms=total_duration_ms,
            total_credits=total_credits,
        )

        orchestrate_response.additional_properties = d
        return orchestrate_response

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
