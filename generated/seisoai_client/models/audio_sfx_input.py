from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSfxInput")


@_attrs_define
class AudioSfxInput:
    """AudioLDM2 - Sound Effects (audio.sfx): Generate sound effects from text descriptions. Create any sound effect from a
    text prompt.

        Attributes:
            prompt (str): Description of the sound effect to generate
            duration (float | Unset): Duration in seconds Default: 5.0.
            num_inference_steps (float | Unset): Quality steps Default: 50.0.
            seed (float | Unset):
    """

    prompt: str
    duration: float | Unset = 5.0
    num_inference_steps: float | Unset = 50.0
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        audio_sfx_input = cls(
            prompt=prompt,
            duration=duration,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        audio_sfx_input.additional_properties = d
        return audio_sfx_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
