from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStudioThreadRequest")


@_attrs_define
class CreateStudioThreadRequest:
    """
    Attributes:
        project_id (str):
        title (str | Unset):
    """

    project_id: str
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        title = d.pop("title", UNSET)

        create_studio_thread_request = cls(
            project_id=project_id,
            title=title,
        )

        return create_studio_thread_request
