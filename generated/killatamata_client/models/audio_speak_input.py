from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.audio_speak_input_language import AudioSpeakInputLanguage
from ..models.audio_speak_input_mode import AudioSpeakInputMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_audio import InlineAudio


T = TypeVar("T", bound="AudioSpeakInput")


@_attrs_define
class AudioSpeakInput:
    """Input of audio.speak (Qwen TTS), voice design by description or voice clone from a reference clip.

    Attributes:
        text (str):
        mode (AudioSpeakInputMode | Unset):  Default: AudioSpeakInputMode.VOICE_DESIGN.
        voice_description (str | Unset):
        language (AudioSpeakInputLanguage | Unset): English only.
        quality (str | Unset): Output bitrate, e.g. 128k or 192k.
        seed (int | Unset): Random seed, for reproducible runs.
        reference_audio_url (str | Unset): voice_clone only.
        reference_audio (InlineAudio | str | Unset): An audio clip as a URL string or an inline base64 object.
        reference_transcript (str | Unset): voice_clone: the words spoken in the reference clip.
        reference_audio_max_seconds (float | Unset): voice_clone: use at most this much of the reference clip (start
            with 3..6 s).
        max_new_tokens (int | Unset): Generation length cap; the voice_clone default is 384.
    """

    text: str
    mode: AudioSpeakInputMode | Unset = AudioSpeakInputMode.VOICE_DESIGN
    voice_description: str | Unset = UNSET
    language: AudioSpeakInputLanguage | Unset = UNSET
    quality: str | Unset = UNSET
    seed: int | Unset = UNSET
    reference_audio_url: str | Unset = UNSET
    reference_audio: InlineAudio | str | Unset = UNSET
    reference_transcript: str | Unset = UNSET
    reference_audio_max_seconds: float | Unset = UNSET
    max_new_tokens: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_audio import InlineAudio

        text = self.text

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        voice_description = self.voice_description

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        quality = self.quality

        seed = self.seed

        reference_audio_url = self.reference_audio_url

        reference_audio: dict[str, Any] | str | Unset
        if isinstance(self.reference_audio, Unset):
            reference_audio = UNSET
        elif isinstance(self.reference_audio, InlineAudio):
            reference_audio = self.reference_audio.to_dict()
        else:
            reference_audio = self.reference_audio

        reference_transcript = self.reference_transcript

        reference_audio_max_seconds = self.reference_audio_max_seconds

        max_new_tokens = self.max_new_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if voice_description is not UNSET:
            field_dict["voiceDescription"] = voice_description
        if language is not UNSET:
            field_dict["language"] = language
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if reference_audio_url is not UNSET:
            field_dict["referenceAudioUrl"] = reference_audio_url
        if reference_audio is not UNSET:
            field_dict["referenceAudio"] = reference_audio
        if reference_transcript is not UNSET:
            field_dict["referenceTranscript"] = reference_transcript
        if reference_audio_max_seconds is not UNSET:
            field_dict["referenceAudioMaxSeconds"] = reference_audio_max_seconds
        if max_new_tokens is not UNSET:
            field_dict["maxNewTokens"] = max_new_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_audio import InlineAudio

        d = dict(src_dict)
        text = d.pop("text")

        _mode = d.pop("mode", UNSET)
        mode: AudioSpeakInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = AudioSpeakInputMode(_mode)

        voice_description = d.pop("voiceDescription", UNSET)

        _language = d.pop("language", UNSET)
        language: AudioSpeakInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = AudioSpeakInputLanguage(_language)

        quality = d.pop("quality", UNSET)

        seed = d.pop("seed", UNSET)

        reference_audio_url = d.pop("referenceAudioUrl", UNSET)

        def _parse_reference_audio(data: object) -> InlineAudio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_audio_ref_type_1 = InlineAudio.from_dict(data)

                return componentsschemas_audio_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineAudio | str | Unset, data)

        reference_audio = _parse_reference_audio(d.pop("referenceAudio", UNSET))

        reference_transcript = d.pop("referenceTranscript", UNSET)

        reference_audio_max_seconds = d.pop("referenceAudioMaxSeconds", UNSET)

        max_new_tokens = d.pop("maxNewTokens", UNSET)

        audio_speak_input = cls(
            text=text,
            mode=mode,
            voice_description=voice_description,
            language=language,
            quality=quality,
            seed=seed,
            reference_audio_url=reference_audio_url,
            reference_audio=reference_audio,
            reference_transcript=reference_transcript,
            reference_audio_max_seconds=reference_audio_max_seconds,
            max_new_tokens=max_new_tokens,
        )

        return audio_speak_input
