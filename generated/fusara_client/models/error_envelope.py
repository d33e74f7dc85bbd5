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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Section 3.2, the envelope of every error answer.

    Example:
        {'statusCode': 500, 'succeeded': False, 'statusCodeInt': 500, 'error': {'code': 'ERROR_CODE', 'description':
            'Human-readable error message'}}

    Attributes:
        succeeded (Literal[False]):
        error (ErrorDetail):
        status_code (int | Unset):
        status_code_int (int | Unset):
    """

    succeeded: Literal[False]
    error: ErrorDetail
    status_code: int | Unset = UNSET
    status_code_int: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        error = self.error.to_dict()

        status_code = self.status_code

        status_code_int = self.status_code_int

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeeded": succeeded,
                "error": error,
            }
        )
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_code_int is not UNSET:
            field_dict["statusCodeInt"] = status_code_int

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail

        d = dict(src_dict)
        succeeded = cast(Literal[False], d.pop("succeeded"))
        if succeeded != False:
            raise ValueError(f"succeeded must match const False, got '{succeeded}'")

        error = ErrorDetail.from_dict(d.pop("error"))

        status_code = d.pop("statusCode", UNSET)

        status_code_int = d.pop("statusCodeInt", UNSET)

        error_envelope = cls(
            succeeded=succeeded,
            error=error,
            status_code=status_code,
            status_code_int=status_code_int,
        )

        error_envelope.additional_properties = d
        return error_envelope

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
