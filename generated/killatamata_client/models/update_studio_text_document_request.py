from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateStudioTextDocumentRequest")


@_attrs_define
class UpdateStudioTextDocumentRequest:
    """
    Attributes:
        asset_id (str):
        text (str):
    """

    asset_id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetId": asset_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("assetId")

        text = d.pop("text")

        update_studio_text_document_request = cls(
            asset_id=asset_id,
            text=text,
        )

        return update_studio_text_document_request
