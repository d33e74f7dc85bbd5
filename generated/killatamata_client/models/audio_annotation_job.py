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
    from ..models.audio_annotation_input import AudioAnnotationInput


T = TypeVar("T", bound="AudioAnnotationJob")


@_attrs_define
class AudioAnnotationJob:
    """
    Attributes:
        task (Literal['audio.annotation.reference']):
        input_ (AudioAnnotationInput): Input of audio.annotation.reference (Whisper + lyric anchoring): returns a
            downloadable JSON annotation with lyrics, word timings, sections, beats and QA metadata.
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["audio.annotation.reference"]
    input_: AudioAnnotationInput
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
        from ..models.audio_annotation_input import AudioAnnotationInput

        d = dict(src_dict)
        task = cast(Literal["audio.annotation.reference"], d.pop("task"))
        if task != "audio.annotation.reference":
            raise ValueError(
                f"task must match const 'audio.annotation.reference', got '{task}'"
            )

        input_ = AudioAnnotationInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        audio_annotation_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return audio_annotation_job
