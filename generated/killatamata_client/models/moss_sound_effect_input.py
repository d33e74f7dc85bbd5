from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MossSoundEffectInput")


@_attrs_define
class MossSoundEffectInput:
    """Input of moss.sound.effect (MOSS sound effects).

    Attributes:
        prompt (str):
        duration_seconds (float):
        quality (str | Unset): Output bitrate, e.g. 128k or 192k.
        top_k (int | Unset):
        max_new_tokens (int | Unset): Part of the price (x-pricing); 1024 when omitted.
        seed (int | Unset): Random seed, for reproducible runs.
    """

    prompt: str
    duration_seconds: float
    quality: str | Unset = UNSET
    top_k: int | Unset = UNSET
    max_new_tokens: int | Unset = UNSET
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration_seconds = self.duration_seconds

        quality = self.quality

        top_k = self.top_k

        max_new_tokens = self.max_new_tokens

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "durationSeconds": duration_seconds,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if top_k is not UNSET:
            field_dict["topK"] = top_k
        if max_new_tokens is not UNSET:
            field_dict["maxNewTokens"] = max_new_tokens
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration_seconds = d.pop("durationSeconds")

        quality = d.pop("quality", UNSET)

        top_k = d.pop("topK", UNSET)

        max_new_tokens = d.pop("maxNewTokens", UNSET)

        seed = d.pop("seed", UNSET)

        moss_sound_effect_input = cls(
            prompt=prompt,
            duration_seconds=duration_seconds,
            quality=quality,
            top_k=top_k,
            max_new_tokens=max_new_tokens,
            seed=seed,
        )

        return moss_sound_effect_input
