from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCombineInput")


@_attrs_define
class VideoCombineInput:
    """Input of video.combine; clips stitched in playback order, clip-local audio preserved.

    Attributes:
        video_urls (list[str]): Clip URLs in playback order (at least two; billed per clip).
        overlap_frames (int | Unset): Matching audio/video overlap trimmed from the head of every clip after the first.
        frame_rate (float | Unset):
    """

    video_urls: list[str]
    overlap_frames: int | Unset = UNSET
    frame_rate: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_urls = self.video_urls

        overlap_frames = self.overlap_frames

        frame_rate = self.frame_rate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videoUrls": video_urls,
            }
        )
        if overlap_frames is not UNSET:
            field_dict["overlapFrames"] = overlap_frames
        if frame_rate is not UNSET:
            field_dict["frameRate"] = frame_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_urls = cast(list[str], d.pop("videoUrls"))

        overlap_frames = d.pop("overlapFrames", UNSET)

        frame_rate = d.pop("frameRate", UNSET)

        video_combine_input = cls(
            video_urls=video_urls,
            overlap_frames=overlap_frames,
            frame_rate=frame_rate,
        )

        return video_combine_input
