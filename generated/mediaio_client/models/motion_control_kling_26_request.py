from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.motion_control_kling_26_request_data import (
        MotionControlKling26RequestData,
    )


T = TypeVar("T", bound="MotionControlKling26Request")


@_attrs_define
class MotionControlKling26Request:
    """Body of Motion Control Kling 2.6: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (MotionControlKling26RequestData):
    """

    data: MotionControlKling26RequestData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.motion_control_kling_26_request_data import (
            MotionControlKling26RequestData,
        )

        d = dict(src_dict)
        data = MotionControlKling26RequestData.from_dict(d.pop("data"))

        motion_control_kling_26_request = cls(
            data=data,
        )

        return motion_control_kling_26_request
