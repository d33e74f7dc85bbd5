from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.inline_image_mime_type import InlineImageMimeType

T = TypeVar("T", bound="InlineImage")


@_attrs_define
class InlineImage:
    """An inline image; staged on the CDN (best-effort WebP conversion) and cleaned up automatically.

    Attributes:
        data_base_64 (str): Base64 data or a data URI.
        mime_type (InlineImageMimeType):
    """

    data_base_64: str
    mime_type: InlineImageMimeType

    def to_dict(self) -> dict[str, Any]:
        data_base_64 = self.data_base_64

        mime_type = self.mime_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataBase64": data_base_64,
                "mimeType": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_base_64 = d.pop("dataBase64")

        mime_type = InlineImageMimeType(d.pop("mimeType"))

        inline_image = cls(
            data_base_64=data_base_64,
            mime_type=mime_type,
        )

        return inline_image
