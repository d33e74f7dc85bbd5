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
    from ..models.moss_sound_effect_input import MossSoundEffectInput


T = TypeVar("T", bound="MossSoundEffectJob")


@_attrs_define
class MossSoundEffectJob:
    """
    Attributes:
        task (Literal['moss.sound.effect']):
        input_ (MossSoundEffectInput): Input of moss.sound.effect (MOSS sound effects).
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["moss.sound.effect"]
    input_: MossSoundEffectInput
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
        from ..models.moss_sound_effect_input import MossSoundEffectInput

        d = dict(src_dict)
        task = cast(Literal["moss.sound.effect"], d.pop("task"))
        if task != "moss.sound.effect":
            raise ValueError(f"task must match const 'moss.sound.effect', got '{task}'")

        input_ = MossSoundEffectInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        moss_sound_effect_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return moss_sound_effect_job
