from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_tts_input_language import AudioTtsInputLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTtsInput")


@_attrs_define
class AudioTtsInput:
    """XTTS v2 - Voice Cloning & TTS (audio.tts): Generate speech from text with voice cloning. Provide a reference audio
    to clone any voice.

        Attributes:
            text (str): Text to convert to speech
            audio_url (str): URL of reference audio for voice cloning
            language (AudioTtsInputLanguage | Unset): Language code Default: AudioTtsInputLanguage.EN.
    """

    text: str
    audio_url: str
    language: AudioTtsInputLanguage | Unset = AudioTtsInputLanguage.EN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        audio_url = self.audio_url

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "audio_url": audio_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        audio_url = d.pop("audio_url")

        _language = d.pop("language", UNSET)
        language: AudioTtsInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = AudioTtsInputLanguage(_language)

        audio_tts_input = cls(
            text=text,
            audio_url=audio_url,
            language=language,
        )

        audio_tts_input.additional_properties = d
        return audio_tts_input

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
