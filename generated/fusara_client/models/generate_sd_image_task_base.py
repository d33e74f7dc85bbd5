from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_preset import CameraPreset
    from ..models.character_reference_preset import CharacterReferencePreset
    from ..models.color_palette_preset import ColorPalettePreset
    from ..models.composition_reference_preset import CompositionReferencePreset
    from ..models.contour_reference_preset import ContourReferencePreset
    from ..models.depth_reference_preset import DepthReferencePreset
    from ..models.emotion_preset import EmotionPreset
    from ..models.first_frame_reference_preset import FirstFrameReferencePreset
    from ..models.image_reference_preset import ImageReferencePreset
    from ..models.last_frame_reference_preset import LastFrameReferencePreset
    from ..models.lighting_preset import LightingPreset
    from ..models.previous_video_reference_preset import PreviousVideoReferencePreset
    from ..models.style_reference_preset import StyleReferencePreset
    from ..models.task_model import TaskModel
    from ..models.task_preset_group import TaskPresetGroup


T = TypeVar("T", bound="GenerateSDImageTaskBase")


@_attrs_define
class GenerateSDImageTaskBase:
    """ComfyUI (SD-family) image generation base (section 4.2).

    Attributes:
        prompt (str): Generation prompt (required by every type, even upscale and RMBG).
        negative_prompt (str | Unset): Negative prompt.
        lo_ra_trigger_string (str | Unset): LoRA trigger words.
        workflow_variant_id (int | Unset): ComfyUI workflow variant.
        skip_prompt_preprocessing (bool | Unset): Skip AI prompt enhancement. Default: False.
        skip_image_analysis (bool | Unset): Skip AI image analysis. Default: True.
        completion_callback_url (str | Unset): Webhook URL POSTed a CallbackPayload on completion.
        completion_timeout (int | Unset): Callback timeout in milliseconds.
        task_presets (list[CameraPreset | CharacterReferencePreset | ColorPalettePreset | CompositionReferencePreset |
            ContourReferencePreset | DepthReferencePreset | EmotionPreset | FirstFrameReferencePreset | ImageReferencePreset
            | LastFrameReferencePreset | LightingPreset | PreviousVideoReferencePreset | StyleReferencePreset] | Unset):
            Presets (section 5); which types a provider takes is in x-compatibility.
        task_preset_groups (list[TaskPresetGroup] | Unset):
        task_models (list[TaskModel] | Unset): LoRA models to apply; which providers take LoRA is in x-compatibility.
            Example: [{'Strength': 0.8, 'ModelId': 999}].
        number_of_images (int | Unset):  Default: 1.
        width (int | Unset):
        height (int | Unset):
        number_of_inference_steps (int | Unset):
        guidance_scale (float | Unset):
        sampling_shift (float | Unset):
        checkpoint_name (str | Unset): Checkpoint model name.
        clip_skip (int | Unset):
    """

    prompt: str
    negative_prompt: str | Unset = UNSET
    lo_ra_trigger_string: str | Unset = UNSET
    workflow_variant_id: int | Unset = UNSET
    skip_prompt_preprocessing: bool | Unset = False
    skip_image_analysis: bool | Unset = True
    completion_callback_url: str | Unset = UNSET
    completion_timeout: int | Unset = UNSET
    task_presets: (
        list[
            CameraPreset
            | CharacterReferencePreset
            | ColorPalettePreset
            | CompositionReferencePreset
            | ContourReferencePreset
            | DepthReferencePreset
            | EmotionPreset
            | FirstFrameReferencePreset
            | ImageReferencePreset
            | LastFrameReferencePreset
            | LightingPreset
            | PreviousVideoReferencePreset
            | StyleReferencePreset
        ]
        | Unset
    ) = UNSET
    task_preset_groups: list[TaskPresetGroup] | Unset = UNSET
    task_models: list[TaskModel] | Unset = UNSET
    number_of_images: int | Unset = 1
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    number_of_inference_steps: int | Unset = UNSET
    guidance_scale: float | Unset = UNSET
    sampling_shift: float | Unset = UNSET
    checkpoint_name: str | Unset = UNSET
    clip_skip: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.camera_preset import CameraPreset
        from ..models.character_reference_preset import CharacterReferencePreset
        from ..models.color_palette_preset import ColorPalettePreset
        from ..models.composition_reference_preset import CompositionReferencePreset
        from ..models.contour_reference_preset import ContourReferencePreset
        from ..models.depth_reference_preset import DepthReferencePreset
        from ..models.emotion_preset import EmotionPreset
        from ..models.first_frame_reference_preset import FirstFrameReferencePreset
        from ..models.image_reference_preset import ImageReferencePreset
        from ..models.last_frame_reference_preset import LastFrameReferencePreset
        from ..models.lighting_preset import LightingPreset
        from ..models.style_reference_preset import StyleReferencePreset

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lo_ra_trigger_string = self.lo_ra_trigger_string

        workflow_variant_id = self.workflow_variant_id

        skip_prompt_preprocessing = self.skip_prompt_preprocessing

        skip_image_analysis = self.skip_image_analysis

        completion_callback_url = self.completion_callback_url

        completion_timeout = self.completion_timeout

        task_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_presets, Unset):
            task_presets = []
            for task_presets_item_data in self.task_presets:
                task_presets_item: dict[str, Any]
                if (
                    isinstance(task_presets_item_data, ImageReferencePreset)
                    or isinstance(task_presets_item_data, StyleReferencePreset)
                    or isinstance(task_presets_item_data, CharacterReferencePreset)
                    or isinstance(task_presets_item_data, EmotionPreset)
                    or isinstance(task_presets_item_data, CameraPreset)
                    or isinstance(task_presets_item_data, ColorPalettePreset)
                    or isinstance(task_presets_item_data, LightingPreset)
                    or isinstance(task_presets_item_data, ContourReferencePreset)
                    or isinstance(task_presets_item_data, DepthReferencePreset)
                    or isinstance(task_presets_item_data, CompositionReferencePreset)
                    or isinstance(task_presets_item_data, FirstFrameReferencePreset)
                    or isinstance(task_presets_item_data, LastFrameReferencePreset)
                ):
                    task_presets_item = task_presets_item_data.to_dict()
                else:
                    task_presets_item = task_presets_item_data.to_dict()

                task_presets.append(task_presets_item)

        task_preset_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_preset_groups, Unset):
            task_preset_groups = []
            for task_preset_groups_item_data in self.task_preset_groups:
                task_preset_groups_item = task_preset_groups_item_data.to_dict()
                task_preset_groups.append(task_preset_groups_item)

        task_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_models, Unset):
            task_models = []
            for task_models_item_data in self.task_models:
                task_models_item = task_models_item_data.to_dict()
                task_models.append(task_models_item)

        number_of_images = self.number_of_images

        width = self.width

        height = self.height

        number_of_inference_steps = self.number_of_inference_steps

        guidance_scale = self.guidance_scale

        sampling_shift = self.sampling_shift

        checkpoint_name = self.checkpoint_name

        clip_skip = self.clip_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["NegativePrompt"] = negative_prompt
        if lo_ra_trigger_string is not UNSET:
            field_dict["LoRATriggerString"] = lo_ra_trigger_string
        if workflow_variant_id is not UNSET:
            field_dict["WorkflowVariantId"] = workflow_variant_id
        if skip_prompt_preprocessing is not UNSET:
            field_dict["SkipPromptPreprocessing"] = skip_prompt_preprocessing
        if skip_image_analysis is not UNSET:
            field_dict["SkipImageAnalysis"] = skip_image_analysis
        if completion_callback_url is not UNSET:
            field_dict["CompletionCallbackUrl"] = completion_callback_url
        if completion_timeout is not UNSET:
            field_dict["CompletionTimeout"] = completion_timeout
        if task_presets is not UNSET:
            field_dict["TaskPresets"] = task_presets
        if task_preset_groups is not UNSET:
            field_dict["TaskPresetGroups"] = task_preset_groups
        if task_models is not UNSET:
            field_dict["TaskModels"] = task_models
        if number_of_images is not UNSET:
            field_dict["NumberOfImages"] = number_of_images
        if width is not UNSET:
            field_dict["Width"] = width
        if height is not UNSET:
            field_dict["Height"] = height
        if number_of_inference_steps is not UNSET:
            field_dict["NumberOfInferenceSteps"] = number_of_inference_steps
        if guidance_scale is not UNSET:
            field_dict["GuidanceScale"] = guidance_scale
        if sampling_shift is not UNSET:
            field_dict["SamplingShift"] = sampling_shift
        if checkpoint_name is not UNSET:
            field_dict["CheckpointName"] = checkpoint_name
        if clip_skip is not UNSET:
            field_dict["ClipSkip"] = clip_skip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.camera_preset import CameraPreset
        from ..models.character_reference_preset import CharacterReferencePreset
        from ..models.color_palette_preset import ColorPalettePreset
        from ..models.composition_reference_preset import CompositionReferencePreset
        from ..models.contour_reference_preset import ContourReferencePreset
        from ..models.depth_reference_preset import DepthReferencePreset
        from ..models.emotion_preset import EmotionPreset
        from ..models.first_frame_reference_preset import FirstFrameReferencePreset
        from ..models.image_reference_preset import ImageReferencePreset
        from ..models.last_frame_reference_preset import LastFrameReferencePreset
        from ..models.lighting_preset import LightingPreset
        from ..models.previous_video_reference_preset import (
            PreviousVideoReferencePreset,
        )
        from ..models.style_reference_preset import StyleReferencePreset
        from ..models.task_model import TaskModel
        from ..models.task_preset_group import TaskPresetGroup

        d = dict(src_dict)
        prompt = d.pop("Prompt")

        negative_prompt = d.pop("NegativePrompt", UNSET)

        lo_ra_trigger_string = d.pop("LoRATriggerString", UNSET)

        workflow_variant_id = d.pop("WorkflowVariantId", UNSET)

        skip_prompt_preprocessing = d.pop("SkipPromptPreprocessing", UNSET)

        skip_image_analysis = d.pop("SkipImageAnalysis", UNSET)

        completion_callback_url = d.pop("CompletionCallbackUrl", UNSET)

        completion_timeout = d.pop("CompletionTimeout", UNSET)

        _task_presets = d.pop("TaskPresets", UNSET)
        task_presets: (
            list[
                CameraPreset
                | CharacterReferencePreset
                | ColorPalettePreset
                | CompositionReferencePreset
                | ContourReferencePreset
                | DepthReferencePreset
                | EmotionPreset
                | FirstFrameReferencePreset
                | ImageReferencePreset
                | LastFrameReferencePreset
                | LightingPreset
                | PreviousVideoReferencePreset
                | StyleReferencePreset
            ]
            | Unset
        ) = UNSET
        if _task_presets is not UNSET:
            task_presets = []
            for task_presets_item_data in _task_presets:

                def _parse_task_presets_item(
                    data: object,
                ) -> (
                    CameraPreset
                    | CharacterReferencePreset
                    | ColorPalettePreset
                    | CompositionReferencePreset
                    | ContourReferencePreset
                    | DepthReferencePreset
                    | EmotionPreset
                    | FirstFrameReferencePreset
                    | ImageReferencePreset
                    | LastFrameReferencePreset
                    | LightingPreset
                    | PreviousVideoReferencePreset
                    | StyleReferencePreset
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_0 = (
                            ImageReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_1 = (
                            StyleReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_2 = (
                            CharacterReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_3 = EmotionPreset.from_dict(
                            data
                        )

                        return componentsschemas_task_preset_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_4 = CameraPreset.from_dict(
                            data
                        )

                        return componentsschemas_task_preset_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_5 = (
                            ColorPalettePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_6 = LightingPreset.from_dict(
                            data
                        )

                        return componentsschemas_task_preset_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_7 = (
                            ContourReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_8 = (
                            DepthReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_9 = (
                            CompositionReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_10 = (
                            FirstFrameReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_preset_type_11 = (
                            LastFrameReferencePreset.from_dict(data)
                        )

                        return componentsschemas_task_preset_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_task_preset_type_12 = (
                        PreviousVideoReferencePreset.from_dict(data)
                    )

                    return componentsschemas_task_preset_type_12

                task_presets_item = _parse_task_presets_item(task_presets_item_data)

                task_presets.append(task_presets_item)

        _task_preset_groups = d.pop("TaskPresetGroups", UNSET)
        task_preset_groups: list[TaskPresetGroup] | Unset = UNSET
        if _task_preset_groups is not UNSET:
            task_preset_groups = []
            for task_preset_groups_item_data in _task_preset_groups:
                task_preset_groups_item = TaskPresetGroup.from_dict(
                    task_preset_groups_item_data
                )

                task_preset_groups.append(task_preset_groups_item)

        _task_models = d.pop("TaskModels", UNSET)
        task_models: list[TaskModel] | Unset = UNSET
        if _task_models is not UNSET:
            task_models = []
            for task_models_item_data in _task_models:
                task_models_item = TaskModel.from_dict(task_models_item_data)

                task_models.append(task_models_item)

        number_of_images = d.pop("NumberOfImages", UNSET)

        width = d.pop("Width", UNSET)

        height = d.pop("Height", UNSET)

        number_of_inference_steps = d.pop("NumberOfInferenceSteps", UNSET)

        guidance_scale = d.pop("GuidanceScale", UNSET)

        sampling_shift = d.pop("SamplingShift", UNSET)

        checkpoint_name = d.pop("CheckpointName", UNSET)

        clip_skip = d.pop("ClipSkip", UNSET)

        generate_sd_image_task_base = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            lo_ra_trigger_string=lo_ra_trigger_string,
            workflow_variant_id=workflow_variant_id,
            skip_prompt_preprocessing=skip_prompt_preprocessing,
            skip_image_analysis=skip_image_analysis,
            completion_callback_url=completion_callback_url,
            completion_timeout=completion_timeout,
            task_presets=task_presets,
            task_preset_groups=task_preset_groups,
            task_models=task_models,
            number_of_images=number_of_images,
            width=width,
            height=height,
            number_of_inference_steps=number_of_inference_steps,
            guidance_scale=guidance_scale,
            sampling_shift=sampling_shift,
            checkpoint_name=checkpoint_name,
            clip_skip=clip_skip,
        )

        generate_sd_image_task_base.additional_properties = d
        return generate_sd_image_task_base

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
