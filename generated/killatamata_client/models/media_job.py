from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_job_status import MediaJobStatus
from ..models.media_task import MediaTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_job_billing import MediaJobBilling
    from ..models.media_job_details import MediaJobDetails
    from ..models.media_job_error import MediaJobError
    from ..models.media_job_result import MediaJobResult


T = TypeVar("T", bound="MediaJob")


@_attrs_define
class MediaJob:
    """A media job's state and its downloadable outputs.

    Attributes:
        status (MediaJobStatus | str): A media job's status in an answer; the documented values are MediaJobStatus.
        job_id (str | Unset):
        external_job_id (str | Unset): Read first as the job id
        result (MediaJobResult | Unset): Read for `result.jobId` (the document's fallback).
        id (str | Unset): The document's last fallback for the job id.
        task (MediaTask | Unset): The nine production tasks.
        created_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
        updated_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
        progress (float | Unset):
        downloadable_output_urls (list[str] | Unset):
        outputs_expire_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
        error (MediaJobError | Unset):
        billing (MediaJobBilling | Unset): Submit-time billing (fixed at submit; no rebill after completion).
        details (MediaJobDetails | Unset): Only with includeDetails=1.
    """

    status: MediaJobStatus | str
    job_id: str | Unset = UNSET
    external_job_id: str | Unset = UNSET
    result: MediaJobResult | Unset = UNSET
    id: str | Unset = UNSET
    task: MediaTask | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    progress: float | Unset = UNSET
    downloadable_output_urls: list[str] | Unset = UNSET
    outputs_expire_at: datetime.datetime | str | Unset = UNSET
    error: MediaJobError | Unset = UNSET
    billing: MediaJobBilling | Unset = UNSET
    details: MediaJobDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, MediaJobStatus):
            status = self.status.value
        else:
            status = self.status

        job_id = self.job_id

        external_job_id = self.external_job_id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        id = self.id

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.value

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        progress = self.progress

        downloadable_output_urls: list[str] | Unset = UNSET
        if not isinstance(self.downloadable_output_urls, Unset):
            downloadable_output_urls = self.downloadable_output_urls

        outputs_expire_at: str | Unset
        if isinstance(self.outputs_expire_at, Unset):
            outputs_expire_at = UNSET
        elif isinstance(self.outputs_expire_at, datetime.datetime):
            outputs_expire_at = self.outputs_expire_at.isoformat()
        else:
            outputs_expire_at = self.outputs_expire_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if external_job_id is not UNSET:
            field_dict["externalJobId"] = external_job_id
        if result is not UNSET:
            field_dict["result"] = result
        if id is not UNSET:
            field_dict["id"] = id
        if task is not UNSET:
            field_dict["task"] = task
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if downloadable_output_urls is not UNSET:
            field_dict["downloadableOutputUrls"] = downloadable_output_urls
        if outputs_expire_at is not UNSET:
            field_dict["outputsExpireAt"] = outputs_expire_at
        if error is not UNSET:
            field_dict["error"] = error
        if billing is not UNSET:
            field_dict["billing"] = billing
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_job_billing import MediaJobBilling
        from ..models.media_job_details import MediaJobDetails
        from ..models.media_job_error import MediaJobError
        from ..models.media_job_result import MediaJobResult

        d = dict(src_dict)

        def _parse_status(data: object) -> MediaJobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_media_job_status_open_type_0 = MediaJobStatus(data)

                return componentsschemas_media_job_status_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaJobStatus | str, data)

        status = _parse_status(d.pop("status"))

        job_id = d.pop("jobId", UNSET)

        external_job_id = d.pop("externalJobId", UNSET)

        _result = d.pop("result", UNSET)
        result: MediaJobResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MediaJobResult.from_dict(_result)

        id = d.pop("id", UNSET)

        _task = d.pop("task", UNSET)
        task: MediaTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = MediaTask(_task)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        progress = d.pop("progress", UNSET)

        downloadable_output_urls = cast(
            list[str], d.pop("downloadableOutputUrls", UNSET)
        )

        def _parse_outputs_expire_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        outputs_expire_at = _parse_outputs_expire_at(d.pop("outputsExpireAt", UNSET))

        _error = d.pop("error", UNSET)
        error: MediaJobError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = MediaJobError.from_dict(_error)

        _billing = d.pop("billing", UNSET)
        billing: MediaJobBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = MediaJobBilling.from_dict(_billing)

        _details = d.pop("details", UNSET)
        details: MediaJobDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = MediaJobDetails.from_dict(_details)

        media_job = cls(
            status=status,
            job_id=job_id,
            external_job_id=external_job_id,
            result=result,
            id=id,
            task=task,
            created_at=created_at,
            updated_at=updated_at,
            progress=progress,
            downloadable_output_urls=downloadable_output_urls,
            outputs_expire_at=outputs_expire_at,
            error=error,
            billing=billing,
            details=details,
        )

        media_job.additional_properties = d
        return media_job

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
