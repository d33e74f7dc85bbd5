from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_accepted import JobAccepted


T = TypeVar("T", bound="JobAcceptedEnvelope")


@_attrs_define
class JobAcceptedEnvelope:
    """
    Attributes:
        data (JobAccepted):
        ok (bool | Unset): true on success (the document); optional in an answer.
    """

    data: JobAccepted
    ok: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_accepted import JobAccepted

        d = dict(src_dict)
        data = JobAccepted.from_dict(d.pop("data"))

        ok = d.pop("ok", UNSET)

        job_accepted_envelope = cls(
            data=data,
            ok=ok,
        )

        job_accepted_envelope.additional_properties = d
        return job_accepted_envelope

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
