from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_stem_separation_input_stems import AudioStemSeparationInputStems
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioStemSeparationInput")


@_attrs_define
class AudioStemSeparationInput:
    """Demucs - Stem Separation (audio.stem-separation): Separate audio into individual stems: vocals, drums, bass, and
    other instruments. Professional audio isolation.

        Attributes:
            audio_url (str): URL of the audio to separate
            stems (AudioStemSeparationInputStems | Unset): Number of stems (2 or 4) Default:
                AudioStemSeparationInputStems.VALUE_4.
    """

    audio_url: str
    stems: AudioStemSeparationInputStems | Unset = AudioStemSeparationInputStems.VALUE_4
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        stems: int | Unset = UNSET
        if not isinstance(self.stems, Unset):
            stems = self.stems.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if stems is not UNSET:
            field_dict["stems"] = stems

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _stems = d.pop("stems", UNSET)
        stems: AudioStemSeparationInputStems | Unset
        if isinstance(_stems, Unset):
            stems = UNSET
        else:
            stems = AudioStemSeparationInputStems(_stems)

        audio_stem_separation_input = cls(
            audio_url=audio_url,
            stems=stems,
        )

        audio_stem_separation_input.additional_properties = d
        return audio_stem_separation_input

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
