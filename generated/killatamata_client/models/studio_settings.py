from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioSettings")


@_attrs_define
class StudioSettings:
    """
    Attributes:
        active_project_id (None | str | Unset):
        auto_approve_max_usd (float | Unset):
    """

    active_project_id: None | str | Unset = UNSET
    auto_approve_max_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_project_id: None | str | Unset
        if isinstance(self.active_project_id, Unset):
            active_project_id = UNSET
        else:
            active_project_id = self.active_project_id

        auto_approve_max_usd = self.auto_approve_max_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_project_id is not UNSET:
            field_dict["activeProjectId"] = active_project_id
        if auto_approve_max_usd is not UNSET:
            field_dict["autoApproveMaxUsd"] = auto_approve_max_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_active_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_project_id = _parse_active_project_id(d.pop("activeProjectId", UNSET))

        auto_approve_max_usd = d.pop("autoApproveMaxUsd", UNSET)

        studio_settings = cls(
            active_project_id=active_project_id,
            auto_approve_max_usd=auto_approve_max_usd,
        )

        studio_settings.additional_properties = d
        return studio_settings

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
