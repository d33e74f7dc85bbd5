from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_audio import InlineAudio


T = TypeVar("T", bound="AudioAnnotationInput")


@_attrs_define
class AudioAnnotationInput:
    """Input of audio.annotation.reference (Whisper + lyric anchoring): returns a downloadable JSON annotation with lyrics,
    word timings, sections, beats and QA metadata.

        Attributes:
            source_audio_url (str | Unset):
            source_audio (InlineAudio | str | Unset): An audio clip as a URL string or an inline base64 object.
            transcript (str | Unset): Optional but strongly recommended; also sets the billed duration estimate.
            language (str | Unset): E.g. en.
            transcription_model (str | Unset): E.g. distil-large-v3.
            device (str | Unset): E.g. auto.
    """

    source_audio_url: str | Unset = UNSET
    source_audio: InlineAudio | str | Unset = UNSET
    transcript: str | Unset = UNSET
    language: str | Unset = UNSET
    transcription_model: str | Unset = UNSET
    device: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_audio import InlineAudio

        source_audio_url = self.source_audio_url

        source_audio: dict[str, Any] | str | Unset
        if isinstance(self.source_audio, Unset):
            source_audio = UNSET
        elif isinstance(self.source_audio, InlineAudio):
            source_audio = self.source_audio.to_dict()
        else:
            source_audio = self.source_audio

        transcript = self.transcript

        language = self.language

        transcription_model = self.transcription_model

        device = self.device

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if source_audio_url is not UNSET:
            field_dict["sourceAudioUrl"] = source_audio_url
        if source_audio is not UNSET:
            field_dict["sourceAudio"] = source_audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if language is not UNSET:
            field_dict["language"] = language
        if transcription_model is not UNSET:
            field_dict["transcriptionModel"] = transcription_model
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_audio import InlineAudio

        d = dict(src_dict)
        source_audio_url = d.pop("sourceAudioUrl", UNSET)

        def _parse_source_audio(data: object) -> InlineAudio | str | Unset:
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

        source_audio = _parse_source_audio(d.pop("sourceAudio", UNSET))

        transcript = d.pop("transcript", UNSET)

        language = d.pop("language", UNSET)

        transcription_model = d.pop("transcriptionModel", UNSET)

        device = d.pop("device", UNSET)

        audio_annotation_input = cls(
            source_audio_url=source_audio_url,
            source_audio=source_audio,
            transcript=transcript,
            language=language,
            transcription_model=transcription_model,
            device=device,
        )

        return audio_annotation_input
