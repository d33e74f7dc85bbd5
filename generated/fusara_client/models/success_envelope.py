from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuccessEnvelope")


@_attrs_define
class SuccessEnvelope:
    """Section 3.1, the envelope of every successful answer; `data` is typed per operation by the envelopes below.

    Example:
        {'statusCode': 200, 'succeeded': True, 'statusCodeInt': 200, 'data': {}}

    Attributes:
        status_code (int | Unset):
        succeeded (bool | Unset): true on success (section 3.1).
        status_code_int (int | Unset):
        data (Any | Unset):
    """

    status_code: int | Unset = UNSET
    succeeded: bool | Unset = UNSET
    status_code_int: int | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        succeeded = self.succeeded

        status_code_int = self.status_code_int

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if status_code_int is not UNSET:
            field_dict["statusCodeInt"] = status_code_int
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        status_code_int = d.pop("statusCodeInt", UNSET)

        data = d.pop("data", UNSET)

        success_envelope = cls(
            status_code=status_code,
            succeeded=succeeded,
            status_code_int=status_code_int,
            data=data,
        )

        success_envelope.additional_properties = d
        return success_envelope

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
