from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """
    Attributes:
        status (str): fal.ai's queue status as given, or UNKNOWN when it gave none.
        success (bool | Unset): true on success.
        job_id (str | Unset):
        completed (bool | Unset):
        failed (bool | Unset):
        result_url (str | Unset): Only when completed.
        logs (list[Any] | None | Unset): fal.ai's logs, when it sent any.
    """

    status: str
    success: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    completed: bool | Unset = UNSET
    failed: bool | Unset = UNSET
    result_url: str | Unset = UNSET
    logs: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        success = self.success

        job_id = self.job_id

        completed = self.completed

        failed = self.failed

        result_url = self.result_url

        logs: list[Any] | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        elif isinstance(self.logs, list):
            logs = self.logs

        else:
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if result_url is not UNSET:
            field_dict["resultUrl"] = result_url
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        success = d.pop("success", UNSET)

        job_id = d.pop("jobId", UNSET)

        completed = d.pop("completed", UNSET)

        failed = d.pop("failed", UNSET)

        result_url = d.pop("resultUrl", UNSET)

        def _parse_logs(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logs_type_0 = cast(list[Any], data)

                return logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        job_status = cls(
            status=status,
            success=success,
            job_id=job_id,
            completed=completed,
            failed=failed,
            result_url=result_url,
            logs=logs,
        )

        job_status.additional_properties = d
        return job_status

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
