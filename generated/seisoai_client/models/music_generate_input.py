from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicGenerateInput")


@_attrs_define
class MusicGenerateInput:
    """CassetteAI Music Generator (music.generate): Generate original music from text descriptions. Specify genre, mood,
    tempo, and instruments for customized music creation.

        Attributes:
            prompt (str): Description of the music (genre, mood, tempo, instruments)
            duration (float | Unset): Duration in seconds Default: 30.0.
    """

    prompt: str
    duration: float | Unset = 30.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        music_generate_input = cls(
            prompt=prompt,
            duration=duration,
        )

        music_generate_input.additional_properties = d
        return music_generate_input

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
