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
    from ..models.batch_queued_job import BatchQueuedJob
    from ..models.price import Price


T = TypeVar("T", bound="BatchQueuedItem")


@_attrs_define
class BatchQueuedItem:
    """
    Attributes:
        id (str):
        tool_id (str):
        status (Literal['queued']):
        job (BatchQueuedJob):
        pricing (Price): The price of one invocation, markup included.
    """

    id: str
    tool_id: str
    status: Literal["queued"]
    job: BatchQueuedJob
    pricing: Price
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_id = self.tool_id

        status = self.status

        job = self.job.to_dict()

        pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "toolId": tool_id,
                "status": status,
                "job": job,
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_queued_job import BatchQueuedJob
        from ..models.price import Price

        d = dict(src_dict)
        id = d.pop("id")

        tool_id = d.pop("toolId")

        status = cast(Literal["queued"], d.pop("status"))
        if status != "queued":
            raise ValueError(f"status must match const 'queued', got '{status}'")

        job = BatchQueuedJob.from_dict(d.pop("job"))

        pricing = Price.from_dict(d.pop("pricing"))

        batch_queued_item = cls(
            id=id,
            tool_id=tool_id,
            status=status,
            job=job,
            pricing=pricing,
        )

        batch_queued_item.additional_properties = d
        return batch_queued_item

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
