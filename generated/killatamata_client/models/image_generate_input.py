from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_image import InlineImage


T = TypeVar("T", bound="ImageGenerateInput")


@_attrs_define
class ImageGenerateInput:
    """Input of image.generate (Qwen Image).

    Attributes:
        prompt (str):
        width (int | Unset): An output width or height in pixels, a multiple of 32.
        height (int | Unset): An output width or height in pixels, a multiple of 32.
        output_format (OutputFormat | Unset):
        high_detail (bool | Unset): Opt-in: 50% more inference steps and +50% cost. Default: False.
        reference_images (list[InlineImage | str] | Unset):
        reference_image_urls (list[str] | Unset): URL-only legacy alias of referenceImages.
        seed (int | Unset): Random seed, for reproducible runs.
    """

    prompt: str
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    output_format: OutputFormat | Unset = UNSET
    high_detail: bool | Unset = False
    reference_images: list[InlineImage | str] | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_image import InlineImage

        prompt = self.prompt

        width = self.width

        height = self.height

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        high_detail = self.high_detail

        reference_images: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = []
            for reference_images_item_data in self.reference_images:
                reference_images_item: dict[str, Any] | str
                if isinstance(reference_images_item_data, InlineImage):
                    reference_images_item = reference_images_item_data.to_dict()
                else:
                    reference_images_item = reference_images_item_data
                reference_images.append(reference_images_item)

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if high_detail is not UNSET:
            field_dict["highDetail"] = high_detail
        if reference_images is not UNSET:
            field_dict["referenceImages"] = reference_images
        if reference_image_urls is not UNSET:
            field_dict["referenceImageUrls"] = reference_image_urls
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_image import InlineImage

        d = dict(src_dict)
        prompt = d.pop("prompt")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat(_output_format)

        high_detail = d.pop("highDetail", UNSET)

        _reference_images = d.pop("referenceImages", UNSET)
        reference_images: list[InlineImage | str] | Unset = UNSET
        if _reference_images is not UNSET:
            reference_images = []
            for reference_images_item_data in _reference_images:

                def _parse_reference_images_item(data: object) -> InlineImage | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_image_ref_type_1 = InlineImage.from_dict(data)

                        return componentsschemas_image_ref_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(InlineImage | str, data)

                reference_images_item = _parse_reference_images_item(
                    reference_images_item_data
                )

                reference_images.append(reference_images_item)

        reference_image_urls = cast(list[str], d.pop("referenceImageUrls", UNSET))

        seed = d.pop("seed", UNSET)

        image_generate_input = cls(
            prompt=prompt,
            width=width,
            height=height,
            output_format=output_format,
            high_detail=high_detail,
            reference_images=reference_images,
            reference_image_urls=reference_image_urls,
            seed=seed,
        )

        return image_generate_input
