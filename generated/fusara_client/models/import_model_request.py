from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModelRequest")


@_attrs_define
class ImportModelRequest:
    """Section 11.8; at least CivitaiModelVersionId or Url.

    Attributes:
        civitai_model_version_id (int | Unset):
        url (str | Unset):
        sha256_hash (str | Unset):
    """

    civitai_model_version_id: int | Unset = UNSET
    url: str | Unset = UNSET
    sha256_hash: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        civitai_model_version_id = self.civitai_model_version_id

        url = self.url

        sha256_hash = self.sha256_hash

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if civitai_model_version_id is not UNSET:
            field_dict["CivitaiModelVersionId"] = civitai_model_version_id
        if url is not UNSET:
            field_dict["Url"] = url
        if sha256_hash is not UNSET:
            field_dict["SHA256Hash"] = sha256_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        civitai_model_version_id = d.pop("CivitaiModelVersionId", UNSET)

        url = d.pop("Url", UNSET)

        sha256_hash = d.pop("SHA256Hash", UNSET)

        import_model_request = cls(
            civitai_model_version_id=civitai_model_version_id,
            url=url,
            sha256_hash=sha256_hash,
        )

        return import_model_request
