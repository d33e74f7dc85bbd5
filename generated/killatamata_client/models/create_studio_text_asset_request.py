from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStudioTextAssetRequest")


@_attrs_define
class CreateStudioTextAssetRequest:
    """
    Attributes:
        project_id (str):
        title (str):
        text (str | Unset):
    """

    project_id: str
    title: str
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        title = self.title

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
                "title": title,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        title = d.pop("title")

        text = d.pop("text", UNSET)

        create_studio_text_asset_request = cls(
            project_id=project_id,
            title=title,
            text=text,
        )

        return create_studio_text_asset_request
