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
    from ..models.audio_speak_input import AudioSpeakInput


T = TypeVar("T", bound="AudioSpeakJob")


@_attrs_define
class AudioSpeakJob:
    """
    Attributes:
        task (Literal['audio.speak']):
        input_ (AudioSpeakInput): Input of audio.speak (Qwen TTS), voice design by description or voice clone from a
            reference clip.
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["audio.speak"]
    input_: AudioSpeakInput
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
        from ..models.audio_speak_input import AudioSpeakInput

        d = dict(src_dict)
        task = cast(Literal["audio.speak"], d.pop("task"))
        if task != "audio.speak":
            raise ValueError(f"task must match const 'audio.speak', got '{task}'")

        input_ = AudioSpeakInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        audio_speak_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return audio_speak_job
