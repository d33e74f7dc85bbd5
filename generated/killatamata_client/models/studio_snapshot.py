from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_project import StudioProject
    from ..models.studio_settings import StudioSettings
    from ..models.studio_thread import StudioThread


T = TypeVar("T", bound="StudioSnapshot")


@_attrs_define
class StudioSnapshot:
    """
    Attributes:
        projects (list[StudioProject] | Unset):
        threads (list[StudioThread] | Unset):
        active_thread_id (None | str | Unset):
        settings (StudioSettings | Unset):
    """

    projects: list[StudioProject] | Unset = UNSET
    threads: list[StudioThread] | Unset = UNSET
    active_thread_id: None | str | Unset = UNSET
    settings: StudioSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        threads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.threads, Unset):
            threads = []
            for threads_item_data in self.threads:
                threads_item = threads_item_data.to_dict()
                threads.append(threads_item)

        active_thread_id: None | str | Unset
        if isinstance(self.active_thread_id, Unset):
            active_thread_id = UNSET
        else:
            active_thread_id = self.active_thread_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        if threads is not UNSET:
            field_dict["threads"] = threads
        if active_thread_id is not UNSET:
            field_dict["activeThreadId"] = active_thread_id
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_project import StudioProject
        from ..models.studio_settings import StudioSettings
        from ..models.studio_thread import StudioThread

        d = dict(src_dict)
        _projects = d.pop("projects", UNSET)
        projects: list[StudioProject] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = StudioProject.from_dict(projects_item_data)

                projects.append(projects_item)

        _threads = d.pop("threads", UNSET)
        threads: list[StudioThread] | Unset = UNSET
        if _threads is not UNSET:
            threads = []
            for threads_item_data in _threads:
                threads_item = StudioThread.from_dict(threads_item_data)

                threads.append(threads_item)

        def _parse_active_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_thread_id = _parse_active_thread_id(d.pop("activeThreadId", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: StudioSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = StudioSettings.from_dict(_settings)

        studio_snapshot = cls(
            projects=projects,
            threads=threads,
            active_thread_id=active_thread_id,
            settings=settings,
        )

        studio_snapshot.additional_properties = d
        return studio_snapshot

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
