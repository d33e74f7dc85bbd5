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
    from ..models.ace_step_input import AceStepInput


T = TypeVar("T", bound="AceStepJob")


@_attrs_define
class AceStepJob:
    """
    Attributes:
        task (Literal['ace.step.create']):
        input_ (AceStepInput): Input of ace.step.create (Ace Step music).
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["ace.step.create"]
    input_: AceStepInput
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
        from ..models.ace_step_input import AceStepInput

        d = dict(src_dict)
        task = cast(Literal["ace.step.create"], d.pop("task"))
        if task != "ace.step.create":
            raise ValueError(f"task must match const 'ace.step.create', got '{task}'")

        input_ = AceStepInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        ace_step_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return ace_step_job
