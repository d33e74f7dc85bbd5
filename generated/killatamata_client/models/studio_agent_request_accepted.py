from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_agent_request_status import StudioAgentRequestStatus

T = TypeVar("T", bound="StudioAgentRequestAccepted")


@_attrs_define
class StudioAgentRequestAccepted:
    """
    Attributes:
        request_id (str):
        status (str | StudioAgentRequestStatus):
    """

    request_id: str
    status: str | StudioAgentRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: str
        if isinstance(self.status, StudioAgentRequestStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "status": status,
            }
        )

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

        studio_agent_request_accepted = cls(
            request_id=request_id,
            status=status,
        )

        studio_agent_request_accepted.additional_properties = d
        return studio_agent_request_accepted

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
