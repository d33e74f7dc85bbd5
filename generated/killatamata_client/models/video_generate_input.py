from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_audio import InlineAudio
    from ..models.inline_image import InlineImage


T = TypeVar("T", bound="VideoGenerateInput")


@_attrs_define
class VideoGenerateInput:
    """Input of video.generate (LTX-2.3); image-to-video with a start frame, text-to-video without one.

    Attributes:
        prompt (str): One coherent paragraph; avoid timestamp or segment syntax.
        start_frame_image_url (str | Unset):
        start_frame_image (InlineImage | str | Unset): An image as a URL string or an inline base64 object.
        source_image_url (str | Unset): Alias of startFrameImageUrl.
        source_image (InlineImage | str | Unset): An image as a URL string or an inline base64 object.
        final_frame_image_url (str | Unset):
        final_frame_image (InlineImage | str | Unset): An image as a URL string or an inline base64 object.
        overlap_frame_image_urls (list[str] | Unset): Trailing frames of the previous clip, in chronological order, at
            the base/sample FPS.
        overlap_frame_images (list[InlineImage | str] | Unset): As overlapFrameImageUrls, URL or inline entries.
        reference_audio_url (str | Unset):
        reference_audio (InlineAudio | str | Unset): An audio clip as a URL string or an inline base64 object.
        duration_seconds (float | Unset):
        duration_frames (int | Unset): Frames at the sampled FPS; must be 8n+1 (x-rules).
        width (int | Unset): An output width or height in pixels, a multiple of 32.
        height (int | Unset): An output width or height in pixels, a multiple of 32.
        aspect_ratio (str | Unset): E.g. 16:9; used when width/height are not given.
        sampled_fps (int | Unset):
        interpolation_fps (int | Unset): 0 disables interpolation; otherwise 30..60 (RIFE). Default 60. Default: 60.
        extreme_quality (bool | Unset): The higher-fidelity path, +50% cost. Default: False.
        seed (int | Unset): Random seed, for reproducible runs.
    """

    prompt: str
    start_frame_image_url: str | Unset = UNSET
    start_frame_image: InlineImage | str | Unset = UNSET
    source_image_url: str | Unset = UNSET
    source_image: InlineImage | str | Unset = UNSET
    final_frame_image_url: str | Unset = UNSET
    final_frame_image: InlineImage | str | Unset = UNSET
    overlap_frame_image_urls: list[str] | Unset = UNSET
    overlap_frame_images: list[InlineImage | str] | Unset = UNSET
    reference_audio_url: str | Unset = UNSET
    reference_audio: InlineAudio | str | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    duration_frames: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    sampled_fps: int | Unset = UNSET
    interpolation_fps: int | Unset = 60
    extreme_quality: bool | Unset = False
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_audio import InlineAudio
        from ..models.inline_image import InlineImage

        prompt = self.prompt

        start_frame_image_url = self.start_frame_image_url

        start_frame_image: dict[str, Any] | str | Unset
        if isinstance(self.start_frame_image, Unset):
            start_frame_image = UNSET
        elif isinstance(self.start_frame_image, InlineImage):
            start_frame_image = self.start_frame_image.to_dict()
        else:
            start_frame_image = self.start_frame_image

        source_image_url = self.source_image_url

        source_image: dict[str, Any] | str | Unset
        if isinstance(self.source_image, Unset):
            source_image = UNSET
        elif isinstance(self.source_image, InlineImage):
            source_image = self.source_image.to_dict()
        else:
            source_image = self.source_image

        final_frame_image_url = self.final_frame_image_url

        final_frame_image: dict[str, Any] | str | Unset
        if isinstance(self.final_frame_image, Unset):
            final_frame_image = UNSET
        elif isinstance(self.final_frame_image, InlineImage):
            final_frame_image = self.final_frame_image.to_dict()
        else:
            final_frame_image = self.final_frame_image

        overlap_frame_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.overlap_frame_image_urls, Unset):
            overlap_frame_image_urls = self.overlap_frame_image_urls

        overlap_frame_images: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.overlap_frame_images, Unset):
            overlap_frame_images = []
            for overlap_frame_images_item_data in self.overlap_frame_images:
                overlap_frame_images_item: dict[str, Any] | str
                if isinstance(overlap_frame_images_item_data, InlineImage):
                    overlap_frame_images_item = overlap_frame_images_item_data.to_dict()
                else:
                    overlap_frame_images_item = overlap_frame_images_item_data
                overlap_frame_images.append(overlap_frame_images_item)

        reference_audio_url = self.reference_audio_url

        reference_audio: dict[str, Any] | str | Unset
        if isinstance(self.reference_audio, Unset):
            reference_audio = UNSET
        elif isinstance(self.reference_audio, InlineAudio):
            reference_audio = self.reference_audio.to_dict()
        else:
            reference_audio = self.reference_audio

        duration_seconds = self.duration_seconds

        duration_frames = self.duration_frames

        width = self.width

        height = self.height

        aspect_ratio = self.aspect_ratio

        sampled_fps = self.sampled_fps

        interpolation_fps = self.interpolation_fps

        extreme_quality = self.extreme_quality

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if start_frame_image_url is not UNSET:
            field_dict["startFrameImageUrl"] = start_frame_image_url
        if start_frame_image is not UNSET:
            field_dict["startFrameImage"] = start_frame_image
        if source_image_url is not UNSET:
            field_dict["sourceImageUrl"] = source_image_url
        if source_image is not UNSET:
            field_dict["sourceImage"] = source_image
        if final_frame_image_url is not UNSET:
            field_dict["finalFrameImageUrl"] = final_frame_image_url
        if final_frame_image is not UNSET:
            field_dict["finalFrameImage"] = final_frame_image
        if overlap_frame_image_urls is not UNSET:
            field_dict["overlapFrameImageUrls"] = overlap_frame_image_urls
        if overlap_frame_images is not UNSET:
            field_dict["overlapFrameImages"] = overlap_frame_images
        if reference_audio_url is not UNSET:
            field_dict["referenceAudioUrl"] = reference_audio_url
        if reference_audio is not UNSET:
            field_dict["referenceAudio"] = reference_audio
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if duration_frames is not UNSET:
            field_dict["durationFrames"] = duration_frames
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if sampled_fps is not UNSET:
            field_dict["sampledFps"] = sampled_fps
        if interpolation_fps is not UNSET:
            field_dict["interpolationFps"] = interpolation_fps
        if extreme_quality is not UNSET:
            field_dict["extremeQuality"] = extreme_quality
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_audio import InlineAudio
        from ..models.inline_image import InlineImage

        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_frame_image_url = d.pop("startFrameImageUrl", UNSET)

        def _parse_start_frame_image(data: object) -> InlineImage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_ref_type_1 = InlineImage.from_dict(data)

                return componentsschemas_image_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineImage | str | Unset, data)

        start_frame_image = _parse_start_frame_image(d.pop("startFrameImage", UNSET))

        source_image_url = d.pop("sourceImageUrl", UNSET)

        def _parse_source_image(data: object) -> InlineImage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_ref_type_1 = InlineImage.from_dict(data)

                return componentsschemas_image_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineImage | str | Unset, data)

        source_image = _parse_source_image(d.pop("sourceImage", UNSET))

        final_frame_image_url = d.pop("finalFrameImageUrl", UNSET)

        def _parse_final_frame_image(data: object) -> InlineImage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_ref_type_1 = InlineImage.from_dict(data)

                return componentsschemas_image_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineImage | str | Unset, data)

        final_frame_image = _parse_final_frame_image(d.pop("finalFrameImage", UNSET))

        overlap_frame_image_urls = cast(
            list[str], d.pop("overlapFrameImageUrls", UNSET)
        )

        _overlap_frame_images = d.pop("overlapFrameImages", UNSET)
        overlap_frame_images: list[InlineImage | str] | Unset = UNSET
        if _overlap_frame_images is not UNSET:
            overlap_frame_images = []
            for overlap_frame_images_item_data in _overlap_frame_images:

                def _parse_overlap_frame_images_item(data: object) -> InlineImage | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_image_ref_type_1 = InlineImage.from_dict(data)

                        return componentsschemas_image_ref_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(InlineImage | str, data)

                overlap_frame_images_item = _parse_overlap_frame_images_item(
                    overlap_frame_images_item_data
                )

                overlap_frame_images.append(overlap_frame_images_item)

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

        duration_seconds = d.pop("durationSeconds", UNSET)

        duration_frames = d.pop("durationFrames", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        aspect_ratio = d.pop("aspectRatio", UNSET)

        sampled_fps = d.pop("sampledFps", UNSET)

        interpolation_fps = d.pop("interpolationFps", UNSET)

        extreme_quality = d.pop("extremeQuality", UNSET)

        seed = d.pop("seed", UNSET)

        video_generate_input = cls(
            prompt=prompt,
            start_frame_image_url=start_frame_image_url,
            start_frame_image=start_frame_image,
            source_image_url=source_image_url,
            source_image=source_image,
            final_frame_image_url=final_frame_image_url,
            final_frame_image=final_frame_image,
            overlap_frame_image_urls=overlap_frame_image_urls,
            overlap_frame_images=overlap_frame_images,
            reference_audio_url=reference_audio_url,
            reference_audio=reference_audio,
            duration_seconds=duration_seconds,
            duration_frames=duration_frames,
            width=width,
            height=height,
            aspect_ratio=aspect_ratio,
            sampled_fps=sampled_fps,
            interpolation_fps=interpolation_fps,
            extreme_quality=extreme_quality,
            seed=seed,
        )

        return video_generate_input
