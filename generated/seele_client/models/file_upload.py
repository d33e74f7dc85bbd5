from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_upload_upload_headers import FileUploadUploadHeaders


T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """
    Attributes:
        file_id (str): Opaque file identifier for file_ids.
        upload_url (str): Presigned URL for one HTTP PUT of the raw bytes.
        upload_url_expires_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
        upload_headers (FileUploadUploadHeaders | Unset): Headers to send with the PUT, e.g. Content-Type.
        filename (str | Unset):
        content_type (str | Unset):
        size (int | Unset): The byte length declared at create (the document gives no bounds).
    """

    file_id: str
    upload_url: str
    upload_url_expires_at: datetime.datetime | str | Unset = UNSET
    upload_headers: FileUploadUploadHeaders | Unset = UNSET
    filename: str | Unset = UNSET
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        upload_url = self.upload_url

        upload_url_expires_at: str | Unset
        if isinstance(self.upload_url_expires_at, Unset):
            upload_url_expires_at = UNSET
        elif isinstance(self.upload_url_expires_at, datetime.datetime):
            upload_url_expires_at = self.upload_url_expires_at.isoformat()
        else:
            upload_url_expires_at = self.upload_url_expires_at

        upload_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_headers, Unset):
            upload_headers = self.upload_headers.to_dict()

        filename = self.filename

        content_type = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "upload_url": upload_url,
            }
        )
        if upload_url_expires_at is not UNSET:
            field_dict["upload_url_expires_at"] = upload_url_expires_at
        if upload_headers is not UNSET:
            field_dict["upload_headers"] = upload_headers
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_upload_upload_headers import FileUploadUploadHeaders

        d = dict(src_dict)
        file_id = d.pop("file_id")

        upload_url = d.pop("upload_url")

        def _parse_upload_url_expires_at(
            data: object,
        ) -> datetime.datetime | str | Unset:
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

        upload_url_expires_at = _parse_upload_url_expires_at(
            d.pop("upload_url_expires_at", UNSET)
        )

        _upload_headers = d.pop("upload_headers", UNSET)
        upload_headers: FileUploadUploadHeaders | Unset
        if isinstance(_upload_headers, Unset):
            upload_headers = UNSET
        else:
            upload_headers = FileUploadUploadHeaders.from_dict(_upload_headers)

        filename = d.pop("filename", UNSET)

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        file_upload = cls(
            file_id=file_id,
            upload_url=upload_url,
            upload_url_expires_at=upload_url_expires_at,
            upload_headers=upload_headers,
            filename=filename,
            content_type=content_type,
            size=size,
        )

        file_upload.additional_properties = d
        return file_upload

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
