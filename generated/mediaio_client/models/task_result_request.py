from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaskResultRequest")


@_attrs_define
class TaskResultRequest:
    """Body of Task Result: the empty object `{}` (task_id travels in the path)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        task_result_request = cls()

        return task_result_request
