from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaInput")


@_attrs_define
class MediaInput:
    """Input media of media-to-media requests (section 8.2): existing media ids or external URLs (downloaded and stored for
    24 hours), never both (the server answers 400).

        Attributes:
            input_media_ids (list[int] | Unset):
            input_media_external_urls (list[str] | Unset):
    """

    input_media_ids: list[int] | Unset = UNSET
    input_media_external_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_media_ids: list[int] | Unset = UNSET
        if not isinstance(self.input_media_ids, Unset):
            input_media_ids = self.input_media_ids

        input_media_external_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_media_external_urls, Unset):
            input_media_external_urls = self.input_media_external_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_media_ids is not UNSET:
            field_dict["InputMediaIds"] = input_media_ids
        if input_media_external_urls is not UNSET:
            field_dict["InputMediaExternalUrls"] = input_media_external_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_media_ids = cast(list[int], d.pop("InputMediaIds", UNSET))

        input_media_external_urls = cast(
            list[str], d.pop("InputMediaExternalUrls", UNSET)
        )

        media_input = cls(
            input_media_ids=input_media_ids,
            input_media_external_urls=input_media_external_urls,
        )

        media_input.additional_properties = d
        return media_input

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
