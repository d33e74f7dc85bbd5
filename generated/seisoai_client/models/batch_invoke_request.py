from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_invocation import BatchInvocation


T = TypeVar("T", bound="BatchInvokeRequest")


@_attrs_define
class BatchInvokeRequest:
    """
    Attributes:
        invocations (list[BatchInvocation]):
    """

    invocations: list[BatchInvocation]

    def to_dict(self) -> dict[str, Any]:
        invocations = []
        for invocations_item_data in self.invocations:
            invocations_item = invocations_item_data.to_dict()
            invocations.append(invocations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invocations": invocations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_invocation import BatchInvocation

        d = dict(src_dict)
        invocations = []
        _invocations = d.pop("invocations")
        for invocations_item_data in _invocations:
            invocations_item = BatchInvocation.from_dict(invocations_item_data)

            invocations.append(invocations_item)

        batch_invoke_request = cls(
            invocations=invocations,
        )

        return batch_invoke_request
