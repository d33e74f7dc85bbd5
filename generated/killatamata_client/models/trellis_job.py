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
    from ..models.trellis_input import TrellisInput


T = TypeVar("T", bound="TrellisJob")


@_attrs_define
class TrellisJob:
    """
    Attributes:
        task (Literal['trellis.generate']):
        input_ (TrellisInput): Input of trellis.generate (Trellis 2 low-poly image-to-3D).
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["trellis.generate"]
    input_: TrellisInput
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
        from ..models.trellis_input import TrellisInput

        d = dict(src_dict)
        task = cast(Literal["trellis.generate"], d.pop("task"))
        if task != "trellis.generate":
            raise ValueError(f"task must match const 'trellis.generate', got '{task}'")

        input_ = TrellisInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        trellis_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return trellis_job
