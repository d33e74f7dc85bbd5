from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_image import InlineImage


T = TypeVar("T", bound="TrellisInput")


@_attrs_define
class TrellisInput:
    """Input of trellis.generate (Trellis 2 low-poly image-to-3D).

    Attributes:
        source_image_url (str | Unset):
        source_image (InlineImage | str | Unset): An image as a URL string or an inline base64 object.
        quality_preset (str | Unset): Start with balanced.
        target_face_count (int | Unset):
        texture_size (int | Unset):
        texture_resolution (int | Unset):
        max_views (int | Unset):
        sparse_structure_steps (int | Unset):
        shape_steps (int | Unset):
        texture_steps (int | Unset):
        mesh_resolution (int | Unset):
        remesh_fill_holes (bool | Unset):
        remesh_fill_holes_max_perimeter (float | Unset):
        mesh_cluster_cone_half_angle_rad (float | Unset):
        postprocess_position_epsilon (float | Unset):
        postprocess_normal_crease_deg (float | Unset):
    """

    source_image_url: str | Unset = UNSET
    source_image: InlineImage | str | Unset = UNSET
    quality_preset: str | Unset = UNSET
    target_face_count: int | Unset = UNSET
    texture_size: int | Unset = UNSET
    texture_resolution: int | Unset = UNSET
    max_views: int | Unset = UNSET
    sparse_structure_steps: int | Unset = UNSET
    shape_steps: int | Unset = UNSET
    texture_steps: int | Unset = UNSET
    mesh_resolution: int | Unset = UNSET
    remesh_fill_holes: bool | Unset = UNSET
    remesh_fill_holes_max_perimeter: float | Unset = UNSET
    mesh_cluster_cone_half_angle_rad: float | Unset = UNSET
    postprocess_position_epsilon: float | Unset = UNSET
    postprocess_normal_crease_deg: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_image import InlineImage

        source_image_url = self.source_image_url

        source_image: dict[str, Any] | str | Unset
        if isinstance(self.source_image, Unset):
            source_image = UNSET
        elif isinstance(self.source_image, InlineImage):
            source_image = self.source_image.to_dict()
        else:
            source_image = self.source_image

        quality_preset = self.quality_preset

        target_face_count = self.target_face_count

        texture_size = self.texture_size

        texture_resolution = self.texture_resolution

        max_views = self.max_views

        sparse_structure_steps = self.sparse_structure_steps

        shape_steps = self.shape_steps

        texture_steps = self.texture_steps

        mesh_resolution = self.mesh_resolution

        remesh_fill_holes = self.remesh_fill_holes

        remesh_fill_holes_max_perimeter = self.remesh_fill_holes_max_perimeter

        mesh_cluster_cone_half_angle_rad = self.mesh_cluster_cone_half_angle_rad

        postprocess_position_epsilon = self.postprocess_position_epsilon

        postprocess_normal_crease_deg = self.postprocess_normal_crease_deg

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if source_image_url is not UNSET:
            field_dict["sourceImageUrl"] = source_image_url
        if source_image is not UNSET:
            field_dict["sourceImage"] = source_image
        if quality_preset is not UNSET:
            field_dict["qualityPreset"] = quality_preset
        if target_face_count is not UNSET:
            field_dict["targetFaceCount"] = target_face_count
        if texture_size is not UNSET:
            field_dict["textureSize"] = texture_size
        if texture_resolution is not UNSET:
            field_dict["textureResolution"] = texture_resolution
        if max_views is not UNSET:
            field_dict["maxViews"] = max_views
        if sparse_structure_steps is not UNSET:
            field_dict["sparseStructureSteps"] = sparse_structure_steps
        if shape_steps is not UNSET:
            field_dict["shapeSteps"] = shape_steps
        if texture_steps is not UNSET:
            field_dict["textureSteps"] = texture_steps
        if mesh_resolution is not UNSET:
            field_dict["meshResolution"] = mesh_resolution
        if remesh_fill_holes is not UNSET:
            field_dict["remeshFillHoles"] = remesh_fill_holes
        if remesh_fill_holes_max_perimeter is not UNSET:
            field_dict["remeshFillHolesMaxPerimeter"] = remesh_fill_holes_max_perimeter
        if mesh_cluster_cone_half_angle_rad is not UNSET:
            field_dict["meshClusterConeHalfAngleRad"] = mesh_cluster_cone_half_angle_rad
        if postprocess_position_epsilon is not UNSET:
            field_dict["postprocessPositionEpsilon"] = postprocess_position_epsilon
        if postprocess_normal_crease_deg is not UNSET:
            field_dict["postprocessNormalCreaseDeg"] = postprocess_normal_crease_deg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_image import InlineImage

        d = dict(src_dict)
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

        quality_preset = d.pop("qualityPreset", UNSET)

        target_face_count = d.pop("targetFaceCount", UNSET)

        texture_size = d.pop("textureSize", UNSET)

        texture_resolution = d.pop("textureResolution", UNSET)

        max_views = d.pop("maxViews", UNSET)

        sparse_structure_steps = d.pop("sparseStructureSteps", UNSET)

        shape_steps = d.pop("shapeSteps", UNSET)

        texture_steps = d.pop("textureSteps", UNSET)

        mesh_resolution = d.pop("meshResolution", UNSET)

        remesh_fill_holes = d.pop("remeshFillHoles", UNSET)

        remesh_fill_holes_max_perimeter = d.pop("remeshFillHolesMaxPerimeter", UNSET)

        mesh_cluster_cone_half_angle_rad = d.pop("meshClusterConeHalfAngleRad", UNSET)

        postprocess_position_epsilon = d.pop("postprocessPositionEpsilon", UNSET)

        postprocess_normal_crease_deg = d.pop("postprocessNormalCreaseDeg", UNSET)

        trellis_input = cls(
            source_image_url=source_image_url,
            source_image=source_image,
            quality_preset=quality_preset,
            target_face_count=target_face_count,
            texture_size=texture_size,
            texture_resolution=texture_resolution,
            max_views=max_views,
            sparse_structure_steps=sparse_structure_steps,
            shape_steps=shape_steps,
            texture_steps=texture_steps,
            mesh_resolution=mesh_resolution,
            remesh_fill_holes=remesh_fill_holes,
            remesh_fill_holes_max_perimeter=remesh_fill_holes_max_perimeter,
            mesh_cluster_cone_half_angle_rad=mesh_cluster_cone_half_angle_rad,
            postprocess_position_epsilon=postprocess_position_epsilon,
            postprocess_normal_crease_deg=postprocess_normal_crease_deg,
        )

        return trellis_input
