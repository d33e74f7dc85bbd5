from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_invocation_input import BatchInvocationInput


T = TypeVar("T", bound="BatchInvocation")


@_attrs_define
class BatchInvocation:
    """
    Attributes:
        tool_id (str):
        input_ (BatchInvocationInput): The tool's input (open, as InvokeToolRequest; x-tools[toolId] gives the typed
            input).
        id (str | Unset): Your label for this item; the answer echoes it (toolId when absent).
    """

    tool_id: str
    input_: BatchInvocationInput
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        input_ = self.input_.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "toolId": tool_id,
                "input": input_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_invocation_input import BatchInvocationInput

        d = dict(src_dict)
        tool_id = d.pop("toolId")

        input_ = BatchInvocationInput.from_dict(d.pop("input"))

        id = d.pop("id", UNSET)

        batch_invocation = cls(
            tool_id=tool_id,
            input_=input_,
            id=id,
        )

        return batch_invocation
