from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowParams")


@_attrs_define
class WorkflowParams:
    """The parameters the stored templates read; each template uses some of them.

    Attributes:
        portrait_prompt (str | Unset):
        script (str | Unset):
        voice_reference_url (str | Unset):
        music_prompt (str | Unset):
        visual_prompt (str | Unset):
        motion_prompt (str | Unset):
        duration (float | Unset): Music duration in seconds.
        image_url (str | Unset):
        audio_url (str | Unset):
        remix_style (str | Unset):
    """

    portrait_prompt: str | Unset = UNSET
    script: str | Unset = UNSET
    voice_reference_url: str | Unset = UNSET
    music_prompt: str | Unset = UNSET
    visual_prompt: str | Unset = UNSET
    motion_prompt: str | Unset = UNSET
    duration: float | Unset = UNSET
    image_url: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    remix_style: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portrait_prompt = self.portrait_prompt

        script = self.script

        voice_reference_url = self.voice_reference_url

        music_prompt = self.music_prompt

        visual_prompt = self.visual_prompt

        motion_prompt = self.motion_prompt

        duration = self.duration

        image_url = self.image_url

        audio_url = self.audio_url

        remix_style = self.remix_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portrait_prompt is not UNSET:
            field_dict["portraitPrompt"] = portrait_prompt
        if script is not UNSET:
            field_dict["script"] = script
        if voice_reference_url is not UNSET:
            field_dict["voiceReferenceUrl"] = voice_reference_url
        if music_prompt is not UNSET:
            field_dict["musicPrompt"] = music_prompt
        if visual_prompt is not UNSET:
            field_dict["visualPrompt"] = visual_prompt
        if motion_prompt is not UNSET:
            field_dict["motionPrompt"] = motion_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if remix_style is not UNSET:
            field_dict["remixStyle"] = remix_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        portrait_prompt = d.pop("portraitPrompt", UNSET)

        script = d.pop("script", UNSET)

        voice_reference_url = d.pop("voiceReferenceUrl", UNSET)

        music_prompt = d.pop("musicPrompt", UNSET)

        visual_prompt = d.pop("visualPrompt", UNSET)

        motion_prompt = d.pop("motionPrompt", UNSET)

        duration = d.pop("duration", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        audio_url = d.pop("audioUrl", UNSET)

        remix_style = d.pop("remixStyle", UNSET)

        workflow_params = cls(
            portrait_prompt=portrait_prompt,
            script=script,
            voice_reference_url=voice_reference_url,
            music_prompt=music_prompt,
            visual_prompt=visual_prompt,
            motion_prompt=motion_prompt,
            duration=duration,
            image_url=image_url,
            audio_url=audio_url,
            remix_style=remix_style,
        )

        workflow_params.additional_properties = d
        return workflow_params

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
