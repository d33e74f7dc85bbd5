from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quoted_job import QuotedJob


T = TypeVar("T", bound="StudioPreflight")


@_attrs_define
class StudioPreflight:
    """
    Attributes:
        preflight_id (str):
        quoted_jobs (list[QuotedJob] | Unset):
        total_estimated_usd (float | Unset):
        approval_required (bool | Unset):
    """

    preflight_id: str
    quoted_jobs: list[QuotedJob] | Unset = UNSET
    total_estimated_usd: float | Unset = UNSET
    approval_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preflight_id = self.preflight_id

        quoted_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quoted_jobs, Unset):
            quoted_jobs = []
            for quoted_jobs_item_data in self.quoted_jobs:
                quoted_jobs_item = quoted_jobs_item_data.to_dict()
                quoted_jobs.append(quoted_jobs_item)

        total_estimated_usd = self.total_estimated_usd

        approval_required = self.approval_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preflightId": preflight_id,
            }
        )
        if quoted_jobs is not UNSET:
            field_dict["quotedJobs"] = quoted_jobs
        if total_estimated_usd is not UNSET:
            field_dict["totalEstimatedUsd"] = total_estimated_usd
        if approval_required is not UNSET:
            field_dict["approvalRequired"] = approval_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quoted_job import QuotedJob

        d = dict(src_dict)
        preflight_id = d.pop("preflightId")

        _quoted_jobs = d.pop("quotedJobs", UNSET)
        quoted_jobs: list[QuotedJob] | Unset = UNSET
        if _quoted_jobs is not UNSET:
            quoted_jobs = []
            for quoted_jobs_item_data in _quoted_jobs:
                quoted_jobs_item = QuotedJob.from_dict(quoted_jobs_item_data)

                quoted_jobs.append(quoted_jobs_item)

        total_estimated_usd = d.pop("totalEstimatedUsd", UNSET)

        approval_required = d.pop("approvalRequired", UNSET)

        studio_preflight = cls(
            preflight_id=preflight_id,
            quoted_jobs=quoted_jobs,
            total_estimated_usd=total_estimated_usd,
            approval_required=approval_required,
        )

        studio_preflight.additional_properties = d
        return studio_preflight

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
