from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStudioAssetMetadataRequest")


@_attrs_define
class UpdateStudioAssetMetadataRequest:
    """
    Attributes:
        asset_id (str):
        title (str | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
    """

    asset_id: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        title = self.title

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assetId": asset_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("assetId")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        update_studio_asset_metadata_request = cls(
            asset_id=asset_id,
            title=title,
            description=description,
            tags=tags,
        )

        return update_studio_asset_metadata_request
