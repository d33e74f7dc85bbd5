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
    from ..models.video_generate_input import VideoGenerateInput


T = TypeVar("T", bound="VideoGenerateJob")


@_attrs_define
class VideoGenerateJob:
    """
    Attributes:
        task (Literal['video.generate']):
        input_ (VideoGenerateInput): Input of video.generate (LTX-2.3); image-to-video with a start frame, text-to-video
            without one.
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["video.generate"]
    input_: VideoGenerateInput
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
        from ..models.video_generate_input import VideoGenerateInput

        d = dict(src_dict)
        task = cast(Literal["video.generate"], d.pop("task"))
        if task != "video.generate":
            raise ValueError(f"task must match const 'video.generate', got '{task}'")

        input_ = VideoGenerateInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        video_generate_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return video_generate_job
