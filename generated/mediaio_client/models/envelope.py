from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.envelope_data_type_0 import EnvelopeDataType0


T = TypeVar("T", bound="Envelope")


@_attrs_define
class Envelope:
    """The common answer of every operation, success or error: `code` 0 means success. Operations answer a oneOf of a typed
    success envelope and ErrorEnvelope; this schema is the shape shared by both, for reading `code` before choosing a
    branch.

        Example:
            {'code': 0, 'msg': '', 'data': {}, 'trace_id': '...'}

        Attributes:
            code (int): Response status code, 0 indicates success.
            msg (str | Unset): Message; empty string on success.
            data (EnvelopeDataType0 | None | Unset):
            trace_id (str | Unset): Request tracking ID.
    """

    code: int
    msg: str | Unset = UNSET
    data: EnvelopeDataType0 | None | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.envelope_data_type_0 import EnvelopeDataType0

        code = self.code

        msg = self.msg

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EnvelopeDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.envelope_data_type_0 import EnvelopeDataType0

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg", UNSET)

        def _parse_data(data: object) -> EnvelopeDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EnvelopeDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvelopeDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        trace_id = d.pop("trace_id", UNSET)

        envelope = cls(
            code=code,
            msg=msg,
            data=data,
            trace_id=trace_id,
        )

        envelope.additional_properties = d
        return envelope

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
