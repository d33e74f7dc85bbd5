from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
    from ..models.media_job_billing import MediaJobBilling


T = TypeVar("T", bound="MediaJobAccepted")


@_attrs_define
class MediaJobAccepted:
    """The answer of submit_media_job: the job id to poll, submit-time billing, the duration estimate, the effective input
    and the input-adjustment diagnostics.

        Attributes:
            job_id (str): The id to poll get_media_job with.
            status (MediaJobStatus): Terminal states are succeeded, failed and canceled.
            task (MediaTask): The nine production tasks.
            billing (MediaJobBilling): Submit-time billing (fixed at submit; no rebill after completion).
            external_job_id (str | Unset): Upstream metadata; not used for polling.
            duration_estimate_seconds (float | Unset):
            effective_input (MediaJobAcceptedEffectiveInput | Unset): The input as the server will run it (defaults
                applied).
            input_adjustments (list[InputAdjustment] | Unset):
    """

    job_id: str
    status: MediaJobStatus
    task: MediaTask
    billing: MediaJobBilling
    external_job_id: str | Unset = UNSET
    duration_estimate_seconds: float | Unset = UNSET
    effective_input: MediaJobAcceptedEffectiveInput | Unset = UNSET
    input_adjustments: list[InputAdjustment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        task = self.task.value

        billing = self.billing.to_dict()

        external_job_id = self.external_job_id

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
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "task": task,
                "billing": billing,
            }
        )
        if external_job_id is not UNSET:
            field_dict["externalJobId"] = external_job_id
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
        from ..models.media_job_billing import MediaJobBilling

        d = dict(src_dict)
        job_id = d.pop("jobId")

        status = MediaJobStatus(d.pop("status"))

        task = MediaTask(d.pop("task"))

        billing = MediaJobBilling.from_dict(d.pop("billing"))

        external_job_id = d.pop("externalJobId", UNSET)

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
            status=status,
            task=task,
            billing=billing,
            external_job_id=external_job_id,
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
