from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcribe_input_chunk_level import AudioTranscribeInputChunkLevel
from ..models.audio_transcribe_input_task import AudioTranscribeInputTask
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscribeInput")


@_attrs_define
class AudioTranscribeInput:
    """Whisper - Speech to Text (audio.transcribe): Transcribe audio or video files to text using OpenAI Whisper large-v3.
    Supports 100+ languages with auto-detection, word-level timestamps, and translation to English.

        Attributes:
            audio_url (str): URL of the audio or video file to transcribe
            language (str | Unset): Language code hint (auto-detected if omitted)
            task (AudioTranscribeInputTask | Unset): Task type Default: AudioTranscribeInputTask.TRANSCRIBE.
            chunk_level (AudioTranscribeInputChunkLevel | Unset): Timestamp granularity Default:
                AudioTranscribeInputChunkLevel.SEGMENT.
    """

    audio_url: str
    language: str | Unset = UNSET
    task: AudioTranscribeInputTask | Unset = AudioTranscribeInputTask.TRANSCRIBE
    chunk_level: AudioTranscribeInputChunkLevel | Unset = (
        AudioTranscribeInputChunkLevel.SEGMENT
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        language = self.language

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.value

        chunk_level: str | Unset = UNSET
        if not isinstance(self.chunk_level, Unset):
            chunk_level = self.chunk_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if task is not UNSET:
            field_dict["task"] = task
        if chunk_level is not UNSET:
            field_dict["chunk_level"] = chunk_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        language = d.pop("language", UNSET)

        _task = d.pop("task", UNSET)
        task: AudioTranscribeInputTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AudioTranscribeInputTask(_task)

        _chunk_level = d.pop("chunk_level", UNSET)
        chunk_level: AudioTranscribeInputChunkLevel | Unset
        if isinstance(_chunk_level, Unset):
            chunk_level = UNSET
        else:
            chunk_level = AudioTranscribeInputChunkLevel(_chunk_level)

        audio_transcribe_input = cls(
            audio_url=audio_url,
            language=language,
            task=task,
            chunk_level=chunk_level,
        )

        audio_transcribe_input.additional_properties = d
        return audio_transcribe_input

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
