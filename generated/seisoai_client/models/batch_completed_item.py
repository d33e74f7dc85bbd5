from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="BatchCompletedItem")


@_attrs_define
class BatchCompletedItem:
    """
    Attributes:
        id (str):
        tool_id (str):
        status (Literal['completed']):
        result (Any): fal.ai's output, passed through.
        pricing (Price): The price of one invocation, markup included.
    """

    id: str
    tool_id: str
    status: Literal["completed"]
    result: Any
    pricing: Price
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_id = self.tool_id

        status = self.status

        result = self.result

        pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "toolId": tool_id,
                "status": status,
                "result": result,
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price

        d = dict(src_dict)
        id = d.pop("id")

        tool_id = d.pop("toolId")

        status = cast(Literal["completed"], d.pop("status"))
        if status != "completed":
            raise ValueError(f"status must match const 'completed', got '{status}'")

        result = d.pop("result")

        pricing = Price.from_dict(d.pop("pricing"))

        batch_completed_item = cls(
            id=id,
            tool_id=tool_id,
            status=status,
            result=result,
            pricing=pricing,
        )

        batch_completed_item.additional_properties = d
        return batch_completed_item

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
