from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskStatusEnvelope")


@_attrs_define
class TaskStatusEnvelope:
    """
    Attributes:
        data (int | WorkflowStatus):
        status_code (int | Unset):
        succeeded (bool | Unset): true on success (section 3.1).
        status_code_int (int | Unset):
    """

    data: int | WorkflowStatus
    status_code: int | Unset = UNSET
    succeeded: bool | Unset = UNSET
    status_code_int: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: int
        if isinstance(self.data, WorkflowStatus):
            data = self.data.value
        else:
            data = self.data

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
        d = dict(src_dict)

        def _parse_data(data: object) -> int | WorkflowStatus:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                data_type_0 = WorkflowStatus(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | WorkflowStatus, data)

        data = _parse_data(d.pop("data"))

        status_code = d.pop("statusCode", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        status_code_int = d.pop("statusCodeInt", UNSET)

        task_status_envelope = cls(
            data=data,
            status_code=status_code,
            succeeded=succeeded,
            status_code_int=status_code_int,
        )

        task_status_envelope.additional_properties = d
        return task_status_envelope

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
