from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orchestrate_request_context import OrchestrateRequestContext


T = TypeVar("T", bound="OrchestrateRequest")


@_attrs_define
class OrchestrateRequest:
    """
    Attributes:
        goal (str): The creative goal in natural language.
        context (OrchestrateRequestContext | Unset): Free-form context for the planner (style, constraints, inputs).
        plan_only (bool | Unset): Return the plan without running it. Default: False.
    """

    goal: str
    context: OrchestrateRequestContext | Unset = UNSET
    plan_only: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        goal = self.goal

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        plan_only = self.plan_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goal": goal,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if plan_only is not UNSET:
            field_dict["planOnly"] = plan_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.orchestrate_request_context import OrchestrateRequestContext

        d = dict(src_dict)
        goal = d.pop("goal")

        _context = d.pop("context", UNSET)
        context: OrchestrateRequestContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = OrchestrateRequestContext.from_dict(_context)

        plan_only = d.pop("planOnly", UNSET)

        orchestrate_request = cls(
            goal=goal,
            context=context,
            plan_only=plan_only,
        )

        return orchestrate_request
