from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_response import TaskResponse


T = TypeVar("T", bound="TaskEnvelope")


@_attrs_define
class TaskEnvelope:
    """
    Attributes:
        data (TaskResponse): GenerateMediaTaskSimpleResponse (section 3.4).
        status_code (int | Unset):
        succeeded (bool | Unset): true on success (section 3.1).
        status_code_int (int | Unset):
    """

    data: TaskResponse
    status_code: int | Unset = UNSET
    succeeded: bool | Unset = UNSET
    status_code_int: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        status_code = self.status_code

        succeeded = self.succeeded

        status_code_int = self.status_code_int

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if status_code_int is not UNSET:
            field_dict["statusCodeInt"] = status_code_int

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_response import TaskResponse

        d = dict(src_dict)
        data = TaskResponse.from_dict(d.pop("data"))

        status_code = d.pop("statusCode", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        status_code_int = d.pop("statusCodeInt", UNSET)

        task_envelope = cls(
            data=data,
            status_code=status_code,
            succeeded=succeeded,
            status_code_int=status_code_int,
        )

        task_envelope.additional_properties = d
        return task_envelope

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
