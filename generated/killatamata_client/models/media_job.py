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


T = TypeVar("T", bound="MediaJob")


@_attrs_define
class MediaJob:
    """A media job's state and its downloadable outputs.

    Attributes:
        job_id (str):
        task (MediaTask): The nine production tasks.
        status (MediaJobStatus): Terminal states are succeeded, failed and canceled.
        created_at (datetime.datetime):
        downloadable_output_urls (list[str]):
        external_job_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        progress (float | Unset):
        outputs_expire_at (datetime.datetime | Unset): 48 hours after completion.
        error (MediaJobError | Unset):
        billing (MediaJobBilling | Unset): Submit-time billing (fixed at submit; no rebill after completion).
        details (MediaJobDetails | Unset): Only with includeDetails=1.
    """

    job_id: str
    task: MediaTask
    status: MediaJobStatus
    created_at: datetime.datetime
    downloadable_output_urls: list[str]
    external_job_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    progress: float | Unset = UNSET
    outputs_expire_at: datetime.datetime | Unset = UNSET
    error: MediaJobError | Unset = UNSET
    billing: MediaJobBilling | Unset = UNSET
    details: MediaJobDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        task = self.task.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        downloadable_output_urls = self.downloadable_output_urls

        external_job_id = self.external_job_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        progress = self.progress

        outputs_expire_at: str | Unset = UNSET
        if not isinstance(self.outputs_expire_at, Unset):
            outputs_expire_at = self.outputs_expire_at.isoformat()

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
                "jobId": job_id,
                "task": task,
                "status": status,
                "createdAt": created_at,
                "downloadableOutputUrls": downloadable_output_urls,
            }
        )
        if external_job_id is not UNSET:
            field_dict["externalJobId"] = external_job_id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if progress is not UNSET:
            field_dict["progress"] = progress
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

        d = dict(src_dict)
        job_id = d.pop("jobId")

        task = MediaTask(d.pop("task"))

        status = MediaJobStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        downloadable_output_urls = cast(list[str], d.pop("downloadableOutputUrls"))

        external_job_id = d.pop("externalJobId", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        progress = d.pop("progress", UNSET)

        _outputs_expire_at = d.pop("outputsExpireAt", UNSET)
        outputs_expire_at: datetime.datetime | Unset
        if isinstance(_outputs_expire_at, Unset):
            outputs_expire_at = UNSET
        else:
            outputs_expire_at = datetime.datetime.fromisoformat(_outputs_expire_at)

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
            job_id=job_id,
            task=task,
            status=status,
            created_at=created_at,
            downloadable_output_urls=downloadable_output_urls,
            external_job_id=external_job_id,
            updated_at=updated_at,
            progress=progress,
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
