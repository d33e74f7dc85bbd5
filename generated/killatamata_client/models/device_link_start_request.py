from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLinkStartRequest")


@_attrs_define
class DeviceLinkStartRequest:
    """
    Attributes:
        key_label (str | Unset): A human-readable label for an API key.
    """

    key_label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key_label = self.key_label

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if key_label is not UNSET:
            field_dict["keyLabel"] = key_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key_label = d.pop("keyLabel", UNSET)

        device_link_start_request = cls(
            key_label=key_label,
        )

        return device_link_start_request
