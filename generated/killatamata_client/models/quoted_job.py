from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_task import MediaTask

T = TypeVar("T", bound="QuotedJob")


@_attrs_define
class QuotedJob:
    """
    Attributes:
        task (MediaTask): The nine production tasks.
        estimated_usd (float):
    """

    task: MediaTask
    estimated_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task.value

        estimated_usd = self.estimated_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "estimatedUsd": estimated_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task = MediaTask(d.pop("task"))

        estimated_usd = d.pop("estimatedUsd")

        quoted_job = cls(
            task=task,
            estimated_usd=estimated_usd,
        )

        quoted_job.additional_properties = d
        return quoted_job

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
