from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.google_veo_31_fast_request_data_aspect_ratio import (
    GoogleVeo31FastRequestDataAspectRatio,
)
from ..models.google_veo_31_fast_request_data_duration import (
    GoogleVeo31FastRequestDataDuration,
)
from ..models.google_veo_31_fast_request_data_generate_audio import (
    GoogleVeo31FastRequestDataGenerateAudio,
)
from ..models.google_veo_31_fast_request_data_resolution import (
    GoogleVeo31FastRequestDataResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleVeo31FastRequestData")


@_attrs_define
class GoogleVeo31FastRequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: JPG, JPEG, PNG, WEBP, GIF, HEIC. File size 0.0–50.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1000.
        aspect_ratio (GoogleVeo31FastRequestDataAspectRatio | Unset): Target aspect ratio. Options: 9:16, 16:9. Default
            is 9:16. Default: GoogleVeo31FastRequestDataAspectRatio.VALUE_0.
        resolution (GoogleVeo31FastRequestDataResolution | Unset): Output resolution. Options: 720P, 1080P. Default is
            720P. Default: GoogleVeo31FastRequestDataResolution.VALUE_0.
        duration (GoogleVeo31FastRequestDataDuration | Unset): Output duration. Options: 4s, 6s, 8s. Default is 4s.
            Default: GoogleVeo31FastRequestDataDuration.VALUE_0.
        generate_audio (GoogleVeo31FastRequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a
            boolean). Options: True, False. Default is True. Default: GoogleVeo31FastRequestDataGenerateAudio.TRUE.
    """

    image: str
    prompt: str
    aspect_ratio: GoogleVeo31FastRequestDataAspectRatio | Unset = (
        GoogleVeo31FastRequestDataAspectRatio.VALUE_0
    )
    resolution: GoogleVeo31FastRequestDataResolution | Unset = (
        GoogleVeo31FastRequestDataResolution.VALUE_0
    )
    duration: GoogleVeo31FastRequestDataDuration | Unset = (
        GoogleVeo31FastRequestDataDuration.VALUE_0
    )
    generate_audio: GoogleVeo31FastRequestDataGenerateAudio | Unset = (
        GoogleVeo31FastRequestDataGenerateAudio.TRUE
    )

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        generate_audio: str | Unset = UNSET
        if not isinstance(self.generate_audio, Unset):
            generate_audio = self.generate_audio.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GoogleVeo31FastRequestDataAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = GoogleVeo31FastRequestDataAspectRatio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: GoogleVeo31FastRequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = GoogleVeo31FastRequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: GoogleVeo31FastRequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = GoogleVeo31FastRequestDataDuration(_duration)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: GoogleVeo31FastRequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = GoogleVeo31FastRequestDataGenerateAudio(_generate_audio)

        google_veo_31_fast_request_data = cls(
            image=image,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            generate_audio=generate_audio,
        )

        return google_veo_31_fast_request_data
