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
    from ..models.image_generate_input import ImageGenerateInput


T = TypeVar("T", bound="ImageGenerateJob")


@_attrs_define
class ImageGenerateJob:
    """
    Attributes:
        task (Literal['image.generate']):
        input_ (ImageGenerateInput): Input of image.generate (Qwen Image).
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["image.generate"]
    input_: ImageGenerateInput
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
        from ..models.image_generate_input import ImageGenerateInput

        d = dict(src_dict)
        task = cast(Literal["image.generate"], d.pop("task"))
        if task != "image.generate":
            raise ValueError(f"task must match const 'image.generate', got '{task}'")

        input_ = ImageGenerateInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        image_generate_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return image_generate_job
