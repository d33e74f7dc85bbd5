from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchQueuedJob")


@_attrs_define
class BatchQueuedJob:
    """
    Attributes:
        id (str):
        status_url (str):
        result_url (str):
    """

    id: str
    status_url: str
    result_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status_url = self.status_url

        result_url = self.result_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "statusUrl": status_url,
                "resultUrl": result_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        status_url = d.pop("statusUrl")

        result_url = d.pop("resultUrl")

        batch_queued_job = cls(
            id=id,
            status_url=status_url,
            result_url=result_url,
        )

        batch_queued_job.additional_properties = d
        return batch_queued_job

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
