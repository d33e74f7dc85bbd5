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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_combine_input import VideoCombineInput


T = TypeVar("T", bound="VideoCombineJob")


@_attrs_define
class VideoCombineJob:
    """
    Attributes:
        task (Literal['video.combine']):
        input_ (VideoCombineInput): Input of video.combine; clips stitched in playback order, clip-local audio
            preserved.
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["video.combine"]
    input_: VideoCombineInput
    idempotency_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        input_ = self.input_.to_dict()

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task": task,
                "input": input_,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_combine_input import VideoCombineInput

        d = dict(src_dict)
        task = cast(Literal["video.combine"], d.pop("task"))
        if task != "video.combine":
            raise ValueError(f"task must match const 'video.combine', got '{task}'")

        input_ = VideoCombineInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        video_combine_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return video_combine_job
