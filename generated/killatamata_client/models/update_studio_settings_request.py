from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStudioSettingsRequest")


@_attrs_define
class UpdateStudioSettingsRequest:
    """
    Attributes:
        active_project_id (str | Unset):
        auto_approve_max_usd (float | Unset): Agent jobs quoted up to this total run without an approval plan.
    """

    active_project_id: str | Unset = UNSET
    auto_approve_max_usd: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active_project_id = self.active_project_id

        auto_approve_max_usd = self.auto_approve_max_usd

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active_project_id is not UNSET:
            field_dict["activeProjectId"] = active_project_id
        if auto_approve_max_usd is not UNSET:
            field_dict["autoApproveMaxUsd"] = auto_approve_max_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_project_id = d.pop("activeProjectId", UNSET)

        auto_approve_max_usd = d.pop("autoApproveMaxUsd", UNSET)

        update_studio_settings_request = cls(
            active_project_id=active_project_id,
            auto_approve_max_usd=auto_approve_max_usd,
        )

        return update_studio_settings_request
