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
    from ..models.image_edit_input import ImageEditInput


T = TypeVar("T", bound="ImageEditJob")


@_attrs_define
class ImageEditJob:
    """
    Attributes:
        task (Literal['image.edit']):
        input_ (ImageEditInput): Input of image.edit (Qwen Image Edit); the output resolution follows the source (else
            1024x1024).
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    task: Literal["image.edit"]
    input_: ImageEditInput
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
        from ..models.image_edit_input import ImageEditInput

        d = dict(src_dict)
        task = cast(Literal["image.edit"], d.pop("task"))
        if task != "image.edit":
            raise ValueError(f"task must match const 'image.edit', got '{task}'")

        input_ = ImageEditInput.from_dict(d.pop("input"))

        idempotency_key = d.pop("idempotencyKey", UNSET)

        image_edit_job = cls(
            task=task,
            input_=input_,
            idempotency_key=idempotency_key,
        )

        return image_edit_job
