from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.ace_step_input_quality_preset import AceStepInputQualityPreset
from ..types import UNSET, Unset

T = TypeVar("T", bound="AceStepInput")


@_attrs_define
class AceStepInput:
    """Input of ace.step.create (Ace Step music).

    Attributes:
        tags (str): Style tags (the music prompt).
        lyrics (str | Unset): Sectioned lyrics ([Verse], [Chorus], ...); omit for an instrumental.
        quality_preset (AceStepInputQualityPreset | Unset): high_quality: 108 s, 192k, richer sampler defaults.
        duration_seconds (float | Unset):
        quality (str | Unset): Output bitrate, e.g. 128k or 192k.
        language (str | Unset): E.g. en.
        seed (int | Unset): Random seed, for reproducible runs.
    """

    tags: str
    lyrics: str | Unset = UNSET
    quality_preset: AceStepInputQualityPreset | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    quality: str | Unset = UNSET
    language: str | Unset = UNSET
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        lyrics = self.lyrics

        quality_preset: str | Unset = UNSET
        if not isinstance(self.quality_preset, Unset):
            quality_preset = self.quality_preset.value

        duration_seconds = self.duration_seconds

        quality = self.quality

        language = self.language

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tags": tags,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if quality_preset is not UNSET:
            field_dict["qualityPreset"] = quality_preset
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if quality is not UNSET:
            field_dict["quality"] = quality
        if language is not UNSET:
            field_dict["language"] = language
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tags = d.pop("tags")

        lyrics = d.pop("lyrics", UNSET)

        _quality_preset = d.pop("qualityPreset", UNSET)
        quality_preset: AceStepInputQualityPreset | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = AceStepInputQualityPreset(_quality_preset)

        duration_seconds = d.pop("durationSeconds", UNSET)

        quality = d.pop("quality", UNSET)

        language = d.pop("language", UNSET)

        seed = d.pop("seed", UNSET)

        ace_step_input = cls(
            tags=tags,
            lyrics=lyrics,
            quality_preset=quality_preset,
            duration_seconds=duration_seconds,
            quality=quality,
            language=language,
            seed=seed,
        )

        return ace_step_input
