from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.engine import Engine
from ..models.model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRequest")


@_attrs_define
class JobRequest:
    """Body of create job and of create job step (the document lists the same fields for both).

    Attributes:
        prompt (str):
        model (Model | Unset): Seele02-pro needs a subscription (403 otherwise).
        engine (Engine | Unset): Runtime environment; unreal needs a subscription (403 otherwise).
        generation_model (str | Unset): Generation model name, e.g. seedream5.
        file_ids (list[str] | Unset): file_id values from create file, already uploaded.
    """

    prompt: str
    model: Model | Unset = UNSET
    engine: Engine | Unset = UNSET
    generation_model: str | Unset = UNSET
    file_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        generation_model = self.generation_model

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if engine is not UNSET:
            field_dict["engine"] = engine
        if generation_model is not UNSET:
            field_dict["generation_model"] = generation_model
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Model(_model)

        _engine = d.pop("engine", UNSET)
        engine: Engine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = Engine(_engine)

        generation_model = d.pop("generation_model", UNSET)

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        job_request = cls(
            prompt=prompt,
            model=model,
            engine=engine,
            generation_model=generation_model,
            file_ids=file_ids,
        )

        return job_request
