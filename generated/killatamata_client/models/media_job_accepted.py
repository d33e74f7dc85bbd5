from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_job_status import MediaJobStatus
from ..models.media_task import MediaTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_adjustment import InputAdjustment
    from ..models.media_job_accepted_effective_input import (
        MediaJobAcceptedEffectiveInput,
    )
    from ..models.media_job_accepted_result import MediaJobAcceptedResult
    from ..models.media_job_billing import MediaJobBilling


T = TypeVar("T", bound="MediaJobAccepted")


@_attrs_define
class MediaJobAccepted:
    """The answer of submit_media_job: the job id to poll, submit-time billing, the duration estimate, the effective input
    and the input-adjustment diagnostics.

        Attributes:
            job_id (str | Unset): The id to poll get_media_job with.
            external_job_id (str | Unset): Read first as the job id, as the document's poll example does (`.externalJobId //
                .jobId // ...`).
            result (MediaJobAcceptedResult | Unset): Read for `result.jobId` when neither externalJobId nor jobId is present
                (the document's fallback).
            id (str | Unset): The document's last fallback for the job id.
            status (MediaJobStatus | str | Unset): A media job's status in an answer; the documented values are
                MediaJobStatus.
            task (MediaTask | Unset): The nine production tasks.
            billing (MediaJobBilling | Unset): Submit-time billing (fixed at submit; no rebill after completion).
            duration_estimate_seconds (float | Unset):
            effective_input (MediaJobAcceptedEffectiveInput | Unset): The input as the server will run it (defaults
                applied).
            input_adjustments (list[InputAdjustment] | Unset):
    """

    job_id: str | Unset = UNSET
    external_job_id: str | Unset = UNSET
    result: MediaJobAcceptedResult | Unset = UNSET
    id: str | Unset = UNSET
    status: MediaJobStatus | str | Unset = UNSET
    task: MediaTask | Unset = UNSET
    billing: MediaJobBilling | Unset = UNSET
    duration_estimate_seconds: float | Unset = UNSET
    effective_input: MediaJobAcceptedEffectiveInput | Unset = UNSET
    input_adjustments: list[InputAdjustment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        external_job_id = self.external_job_id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MediaJobStatus):
            status = self.status.value
        else:
            status = self.status

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.value

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        duration_estimate_seconds = self.duration_estimate_seconds

        effective_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_input, Unset):
            effective_input = self.effective_input.to_dict()

        input_adjustments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_adjustments, Unset):
            input_adjustments = []
            for input_adjustments_item_data in self.input_adjustments:
                input_adjustments_item = input_adjustments_item_data.to_dict()
                input_adjustments.append(input_adjustments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if external_job_id is not UNSET:
            field_dict["externalJobId"] = external_job_id
        if result is not UNSET:
            field_dict["result"] = result
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if task is not UNSET:
            field_dict["task"] = task
        if billing is not UNSET:
            field_dict["billing"] = billing
        if duration_estimate_seconds is not UNSET:
            field_dict["durationEstimateSeconds"] = duration_estimate_seconds
        if effective_input is not UNSET:
            field_dict["effectiveInput"] = effective_input
        if input_adjustments is not UNSET:
            field_dict["inputAdjustments"] = input_adjustments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_adjustment import InputAdjustment
        from ..models.media_job_accepted_effective_input import (
            MediaJobAcceptedEffectiveInput,
        )
        from ..models.media_job_accepted_result import MediaJobAcceptedResult
        from ..models.media_job_billing import MediaJobBilling

        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        external_job_id = d.pop("externalJobId", UNSET)

        _result = d.pop("result", UNSET)
        result: MediaJobAcceptedResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MediaJobAcceptedResult.from_dict(_result)

        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> MediaJobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_media_job_status_open_type_0 = MediaJobStatus(data)

                return componentsschemas_media_job_status_open_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaJobStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _task = d.pop("task", UNSET)
        task: MediaTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = MediaTask(_task)

        _billing = d.pop("billing", UNSET)
        billing: MediaJobBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = MediaJobBilling.from_dict(_billing)

        duration_estimate_seconds = d.pop("durationEstimateSeconds", UNSET)

        _effective_input = d.pop("effectiveInput", UNSET)
        effective_input: MediaJobAcceptedEffectiveInput | Unset
        if isinstance(_effective_input, Unset):
            effective_input = UNSET
        else:
            effective_input = MediaJobAcceptedEffectiveInput.from_dict(_effective_input)

        _input_adjustments = d.pop("inputAdjustments", UNSET)
        input_adjustments: list[InputAdjustment] | Unset = UNSET
        if _input_adjustments is not UNSET:
            input_adjustments = []
            for input_adjustments_item_data in _input_adjustments:
                input_adjustments_item = InputAdjustment.from_dict(
                    input_adjustments_item_data
                )

                input_adjustments.append(input_adjustments_item)

        media_job_accepted = cls(
            job_id=job_id,
            external_job_id=external_job_id,
            result=result,
            id=id,
            status=status,
            task=task,
            billing=billing,
            duration_estimate_seconds=duration_estimate_seconds,
            effective_input=effective_input,
            input_adjustments=input_adjustments,
        )

        media_job_accepted.additional_properties = d
        return media_job_accepted

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
