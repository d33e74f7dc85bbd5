from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_completed_item import BatchCompletedItem
    from ..models.batch_failed_item import BatchFailedItem
    from ..models.batch_queued_item import BatchQueuedItem


T = TypeVar("T", bound="BatchInvokeResponse")


@_attrs_define
class BatchInvokeResponse:
    """
    Attributes:
        results (list[BatchCompletedItem | BatchFailedItem | BatchQueuedItem]):
        success (bool | Unset): true on success (optional in an answer).
        batch_size (int | Unset): The number of invocations sent (0 for an empty batch).
    """

    results: list[BatchCompletedItem | BatchFailedItem | BatchQueuedItem]
    success: bool | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_completed_item import BatchCompletedItem
        from ..models.batch_queued_item import BatchQueuedItem

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if isinstance(results_item_data, BatchCompletedItem) or isinstance(
                results_item_data, BatchQueuedItem
            ):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        success = self.success

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_completed_item import BatchCompletedItem
        from ..models.batch_failed_item import BatchFailedItem
        from ..models.batch_queued_item import BatchQueuedItem

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(
                data: object,
            ) -> BatchCompletedItem | BatchFailedItem | BatchQueuedItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_batch_item_type_0 = BatchCompletedItem.from_dict(
                        data
                    )

                    return componentsschemas_batch_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_batch_item_type_1 = BatchQueuedItem.from_dict(
                        data
                    )

                    return componentsschemas_batch_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_batch_item_type_2 = BatchFailedItem.from_dict(data)

                return componentsschemas_batch_item_type_2

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        success = d.pop("success", UNSET)

        batch_size = d.pop("batchSize", UNSET)

        batch_invoke_response = cls(
            results=results,
            success=success,
            batch_size=batch_size,
        )

        batch_invoke_response.additional_properties = d
        return batch_invoke_response

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
