from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InputAdjustment")


@_attrs_define
class InputAdjustment:
    """One change the server made to the input (e.g. a default applied or a value clamped).

    Attributes:
        field (str): The input field, e.g. durationFrames.
        from_ (Any | Unset): The value sent (absent when the field was not sent).
        to (Any | Unset): The value used.
        reason (str | Unset):
    """

    field: str
    from_: Any | Unset = UNSET
    to: Any | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        from_ = self.from_

        to = self.to

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        reason = d.pop("reason", UNSET)

        input_adjustment = cls(
            field=field,
            from_=from_,
            to=to,
            reason=reason,
        )

        input_adjustment.additional_properties = d
        return input_adjustment

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
