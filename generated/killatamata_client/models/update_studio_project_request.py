from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateStudioProjectRequest")


@_attrs_define
class UpdateStudioProjectRequest:
    """
    Attributes:
        project_id (str):
        name (str | Unset):
        description (str | Unset):
    """

    project_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        update_studio_project_request = cls(
            project_id=project_id,
            name=name,
            description=description,
        )

        return update_studio_project_request
