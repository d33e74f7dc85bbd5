from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueuedJob")


@_attrs_define
class QueuedJob:
    """
    Attributes:
        id (str): The fal.ai request id (jobId).
        model (str): The tool's fal.ai model path (the model query parameter).
        status (str | Unset): Always IN_QUEUE at submission.
        status_url (str | Unset): Relative URL of get_job_status for this job.
        result_url (str | Unset): Relative URL of get_job_result for this job.
    """

    id: str
    model: str
    status: str | Unset = UNSET
    status_url: str | Unset = UNSET
    result_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        status = self.status

        status_url = self.status_url

        result_url = self.result_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if status_url is not UNSET:
            field_dict["statusUrl"] = status_url
        if result_url is not UNSET:
            field_dict["resultUrl"] = result_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model")

        status = d.pop("status", UNSET)

        status_url = d.pop("statusUrl", UNSET)

        result_url = d.pop("resultUrl", UNSET)

        queued_job = cls(
            id=id,
            model=model,
            status=status,
            status_url=status_url,
            result_url=result_url,
        )

        queued_job.additional_properties = d
        return queued_job

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
