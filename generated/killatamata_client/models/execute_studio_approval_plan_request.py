from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExecuteStudioApprovalPlanRequest")


@_attrs_define
class ExecuteStudioApprovalPlanRequest:
    """
    Attributes:
        preflight_id (str):
    """

    preflight_id: str

    def to_dict(self) -> dict[str, Any]:
        preflight_id = self.preflight_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preflightId": preflight_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preflight_id = d.pop("preflightId")

        execute_studio_approval_plan_request = cls(
            preflight_id=preflight_id,
        )

        return execute_studio_approval_plan_request
