from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orchestrate_plan_request_context import OrchestratePlanRequestContext


T = TypeVar("T", bound="OrchestratePlanRequest")


@_attrs_define
class OrchestratePlanRequest:
    """
    Attributes:
        goal (str):
        context (OrchestratePlanRequestContext | Unset):
    """

    goal: str
    context: OrchestratePlanRequestContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goal = self.goal

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goal": goal,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.orchestrate_plan_request_context import (
            OrchestratePlanRequestContext,
        )

        d = dict(src_dict)
        goal = d.pop("goal")

        _context = d.pop("context", UNSET)
        context: OrchestratePlanRequestContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = OrchestratePlanRequestContext.from_dict(_context)

        orchestrate_plan_request = cls(
            goal=goal,
            context=context,
        )

        return orchestrate_plan_request
