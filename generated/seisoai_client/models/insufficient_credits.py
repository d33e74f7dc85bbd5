from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsufficientCredits")


@_attrs_define
class InsufficientCredits:
    """The API key's credits are below this call's price.

    Attributes:
        success (Literal[False]):
        error (str):
        required (float | Unset): Credits this call needs.
        available (float | Unset): Credits left on the key.
        top_up_url (str | Unset):
    """

    success: Literal[False]
    error: str
    required: float | Unset = UNSET
    available: float | Unset = UNSET
    top_up_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        required = self.required

        available = self.available

        top_up_url = self.top_up_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if available is not UNSET:
            field_dict["available"] = available
        if top_up_url is not UNSET:
            field_dict["topUpUrl"] = top_up_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = cast(Literal[False], d.pop("success"))
        if success != False:
            raise ValueError(f"success must match const False, got '{success}'")

        error = d.pop("error")

        required = d.pop("required", UNSET)

        available = d.pop("available", UNSET)

        top_up_url = d.pop("topUpUrl", UNSET)

        insufficient_credits = cls(
            success=success,
            error=error,
            required=required,
            available=available,
            top_up_url=top_up_url,
        )

        insufficient_credits.additional_properties = d
        return insufficient_credits

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
