from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_response import TaskResponse


T = TypeVar("T", bound="TaskEnvelope")


@_attrs_define
class TaskEnvelope:
    """
    Attributes:
        status_code (int):
        succeeded (Literal[True]):
        status_code_int (int):
        data (TaskResponse): GenerateMediaTaskSimpleResponse (section 3.4).
    """

    status_code: int
    succeeded: Literal[True]
    status_code_int: int
    data: TaskResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        succeeded = self.succeeded

        status_code_int = self.status_code_int

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "succeeded": succeeded,
                "statusCodeInt": status_code_int,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_response import TaskResponse

        d = dict(src_dict)
        status_code = d.pop("statusCode")

        succeeded = cast(Literal[True], d.pop("succeeded"))
        if succeeded != True:
            raise ValueError(f"succeeded must match const True, got '{succeeded}'")

        status_code_int = d.pop("statusCodeInt")

        data = TaskResponse.from_dict(d.pop("data"))

        task_envelope = cls(
            status_code=status_code,
            succeeded=succeeded,
            status_code_int=status_code_int,
            data=data,
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
