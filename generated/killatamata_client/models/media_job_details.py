from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_adjustment import InputAdjustment
    from ..models.media_job_details_effective_input import MediaJobDetailsEffectiveInput
    from ..models.media_job_details_upstream import MediaJobDetailsUpstream


T = TypeVar("T", bound="MediaJobDetails")


@_attrs_define
class MediaJobDetails:
    """Only with includeDetails=1.

    Attributes:
        upstream (MediaJobDetailsUpstream | Unset): The sanitized upstream result payload.
        effective_input (MediaJobDetailsEffectiveInput | Unset):
        input_adjustments (list[InputAdjustment] | Unset):
    """

    upstream: MediaJobDetailsUpstream | Unset = UNSET
    effective_input: MediaJobDetailsEffectiveInput | Unset = UNSET
    input_adjustments: list[InputAdjustment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upstream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upstream, Unset):
            upstream = self.upstream.to_dict()

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
        if upstream is not UNSET:
            field_dict["upstream"] = upstream
        if effective_input is not UNSET:
            field_dict["effectiveInput"] = effective_input
        if input_adjustments is not UNSET:
            field_dict["inputAdjustments"] = input_adjustments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_adjustment import InputAdjustment
        from ..models.media_job_details_effective_input import (
            MediaJobDetailsEffectiveInput,
        )
        from ..models.media_job_details_upstream import MediaJobDetailsUpstream

        d = dict(src_dict)
        _upstream = d.pop("upstream", UNSET)
        upstream: MediaJobDetailsUpstream | Unset
        if isinstance(_upstream, Unset):
            upstream = UNSET
        else:
            upstream = MediaJobDetailsUpstream.from_dict(_upstream)

        _effective_input = d.pop("effectiveInput", UNSET)
        effective_input: MediaJobDetailsEffectiveInput | Unset
        if isinstance(_effective_input, Unset):
            effective_input = UNSET
        else:
            effective_input = MediaJobDetailsEffectiveInput.from_dict(_effective_input)

        _input_adjustments = d.pop("inputAdjustments", UNSET)
        input_adjustments: list[InputAdjustment] | Unset = UNSET
        if _input_adjustments is not UNSET:
            input_adjustments = []
            for input_adjustments_item_data in _input_adjustments:
                input_adjustments_item = InputAdjustment.from_dict(
                    input_adjustments_item_data
                )

                input_adjustments.append(input_adjustments_item)

        media_job_details = cls(
            upstream=upstream,
            effective_input=effective_input,
            input_adjustments=input_adjustments,
        )

        media_job_details.additional_properties = d
        return media_job_details

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
