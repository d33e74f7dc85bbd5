from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.plan_input import PlanInput


T = TypeVar("T", bound="OrchestrateExecuteRequest")


@_attrs_define
class OrchestrateExecuteRequest:
    """
    Attributes:
        plan (PlanInput): A plan, usually the `plan` of orchestrate_plan's answer.
    """

    plan: PlanInput

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_input import PlanInput

        d = dict(src_dict)
        plan = PlanInput.from_dict(d.pop("plan"))

        orchestrate_execute_request = cls(
            plan=plan,
        )

        return orchestrate_execute_request
