from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.output_format import OutputFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_image import InlineImage


T = TypeVar("T", bound="ImageEditInput")


@_attrs_define
class ImageEditInput:
    """Input of image.edit (Qwen Image Edit); the output resolution follows the source (else 1024x1024).

    Attributes:
        prompt (str):
        source_image (InlineImage | str | Unset): An image as a URL string or an inline base64 object.
        source_image_url (str | Unset):
        reference_images (list[InlineImage | str] | Unset):
        reference_image_urls (list[str] | Unset): URL-only legacy alias of referenceImages.
        output_format (OutputFormat | Unset):
        high_detail (bool | Unset): Opt-in: 50% more inference steps and +50% cost. Default: False.
        seed (int | Unset): Random seed, for reproducible runs.
    """

    prompt: str
    source_image: InlineImage | str | Unset = UNSET
    source_image_url: str | Unset = UNSET
    reference_images: list[InlineImage | str] | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    output_format: OutputFormat | Unset = UNSET
    high_detail: bool | Unset = False
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_image import InlineImage

        prompt = self.prompt

        source_image: dict[str, Any] | str | Unset
        if isinstance(self.source_image, Unset):
            source_image = UNSET
        elif isinstance(self.source_image, InlineImage):
            source_image = self.source_image.to_dict()
        else:
            source_image = self.source_image

        source_image_url = self.source_image_url

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

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        high_detail = self.high_detail

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if source_image is not UNSET:
            field_dict["sourceImage"] = source_image
        if source_image_url is not UNSET:
            field_dict["sourceImageUrl"] = source_image_url
        if reference_images is not UNSET:
            field_dict["referenceImages"] = reference_images
        if reference_image_urls is not UNSET:
            field_dict["referenceImageUrls"] = reference_image_urls
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if high_detail is not UNSET:
            field_dict["highDetail"] = high_detail
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_image import InlineImage

        d = dict(src_dict)
        prompt = d.pop("prompt")

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

        source_image_url = d.pop("sourceImageUrl", UNSET)

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

        _output_format = d.pop("outputFormat", UNSET)
        output_format: OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = OutputFormat(_output_format)

        high_detail = d.pop("highDetail", UNSET)

        seed = d.pop("seed", UNSET)

        image_edit_input = cls(
            prompt=prompt,
            source_image=source_image,
            source_image_url=source_image_url,
            reference_images=reference_images,
            reference_image_urls=reference_image_urls,
            output_format=output_format,
            high_detail=high_detail,
            seed=seed,
        )

        return image_edit_input
