from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioAsset")


@_attrs_define
class StudioAsset:
    """
    Attributes:
        asset_id (str):
        project_id (str | Unset):
        kind (str | Unset): E.g. binary, text, or a media job output.
        filename (str | Unset):
        title (str | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
        mime_type (str | Unset):
        size_bytes (int | Unset):
        url (str | Unset):
        created_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
    """

    asset_id: str
    project_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    filename: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    mime_type: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    url: str | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        project_id = self.project_id

        kind = self.kind

        filename = self.filename

        title = self.title

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        url = self.url

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if filename is not UNSET:
            field_dict["filename"] = filename
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if size_bytes is not UNSET:
            field_dict["sizeBytes"] = size_bytes
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("assetId")

        project_id = d.pop("projectId", UNSET)

        kind = d.pop("kind", UNSET)

        filename = d.pop("filename", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        mime_type = d.pop("mimeType", UNSET)

        size_bytes = d.pop("sizeBytes", UNSET)

        url = d.pop("url", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        studio_asset = cls(
            asset_id=asset_id,
            project_id=project_id,
            kind=kind,
            filename=filename,
            title=title,
            description=description,
            tags=tags,
            mime_type=mime_type,
            size_bytes=size_bytes,
            url=url,
            created_at=created_at,
        )

        studio_asset.additional_properties = d
        return studio_asset

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
