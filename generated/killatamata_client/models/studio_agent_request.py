from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_agent_request_status import StudioAgentRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioAgentRequest")


@_attrs_define
class StudioAgentRequest:
    """
    Attributes:
        request_id (str):
        status (str | StudioAgentRequestStatus):
        thread_id (str | Unset):
        preflight_id (str | Unset):
        job_ids (list[str] | Unset): Media jobs the request started (poll them with get_media_job).
        error (str | Unset):
        created_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
        updated_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
    """

    request_id: str
    status: str | StudioAgentRequestStatus
    thread_id: str | Unset = UNSET
    preflight_id: str | Unset = UNSET
    job_ids: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    created_at: datetime.datetime | str | Unset = UNSET
    updated_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: str
        if isinstance(self.status, StudioAgentRequestStatus):
            status = self.status.value
        else:
            status = self.status

        thread_id = self.thread_id

        preflight_id = self.preflight_id

        job_ids: list[str] | Unset = UNSET
        if not isinstance(self.job_ids, Unset):
            job_ids = self.job_ids

        error = self.error

        created_at: str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
            }
        )
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id
        if preflight_id is not UNSET:
            field_dict["preflightId"] = preflight_id
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if error is not UNSET:
            field_dict["error"] = error
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        def _parse_status(data: object) -> str | StudioAgentRequestStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StudioAgentRequestStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StudioAgentRequestStatus, data)

        status = _parse_status(d.pop("status"))

        thread_id = d.pop("threadId", UNSET)

        preflight_id = d.pop("preflightId", UNSET)

        job_ids = cast(list[str], d.pop("jobIds", UNSET))

        error = d.pop("error", UNSET)

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

        def _parse_updated_at(data: object) -> datetime.datetime | str | Unset:
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

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        studio_agent_request = cls(
            request_id=request_id,
            status=status,
            thread_id=thread_id,
            preflight_id=preflight_id,
            job_ids=job_ids,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
        )

        studio_agent_request.additional_properties = d
        return studio_agent_request

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
