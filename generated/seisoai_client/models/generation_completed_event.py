from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_completed_data import GenerationCompletedData


T = TypeVar("T", bound="GenerationCompletedEvent")


@_attrs_define
class GenerationCompletedEvent:
    """
    Attributes:
        event (Literal['generation.completed']):
        event_id (str): evt_ + 32 hex; the same on every retry of one event.
        timestamp (datetime.datetime):
        request_id (str): The invoke answer's requestId.
        data (GenerationCompletedData):
        tool_id (str | Unset):
    """

    event: Literal["generation.completed"]
    event_id: str
    timestamp: datetime.datetime
    request_id: str
    data: GenerationCompletedData
    tool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        timestamp = self.timestamp.isoformat()

        request_id = self.request_id

        data = self.data.to_dict()

        tool_id = self.tool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "eventId": event_id,
                "timestamp": timestamp,
                "requestId": request_id,
                "data": data,
            }
        )
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generation_completed_data import GenerationCompletedData

        d = dict(src_dict)
        event = cast(Literal["generation.completed"], d.pop("event"))
        if event != "generation.completed":
            raise ValueError(
                f"event must match const 'generation.completed', got '{event}'"
            )

        event_id = d.pop("eventId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        request_id = d.pop("requestId")

        data = GenerationCompletedData.from_dict(d.pop("data"))

        tool_id = d.pop("toolId", UNSET)

        generation_completed_event = cls(
            event=event,
            event_id=event_id,
            timestamp=timestamp,
            request_id=request_id,
            data=data,
            tool_id=tool_id,
        )

        generation_completed_event.additional_properties = d
        return generation_completed_event

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
