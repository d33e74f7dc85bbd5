"""Contains all the data models used in inputs/outputs"""

from .ai_model import AiModel
from .ai_model_envelope import AiModelEnvelope
from .ai_model_files_item import AiModelFilesItem
from .ai_model_paged_envelope import AiModelPagedEnvelope
from .audio_source_separation_mdx import AudioSourceSeparationMDX
from .audio_source_separation_model import AudioSourceSeparationModel
from .audio_source_separation_task import AudioSourceSeparationTask
from .billing_period import BillingPeriod
from .callback_payload import CallbackPayload
from .callback_status import CallbackStatus
from .camera_preset import CameraPreset
from .character_reference_preset import CharacterReferencePreset
from .clarity import Clarity
from .color_palette_preset import ColorPalettePreset
from .composition_reference_preset import CompositionReferencePreset
from .contour_reference_preset import ContourReferencePreset
from .create_generate_media_task_request import CreateGenerateMediaTaskRequest
from .create_generate_video_task_request import CreateGenerateVideoTaskRequest
from .create_subscription_request import CreateSubscriptionRequest
from .depth_reference_preset import DepthReferencePreset
from .emotion_preset import EmotionPreset
from .enhance_prompt_request import EnhancePromptRequest
from .error_category import ErrorCategory
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .first_frame_reference_preset import FirstFrameReferencePreset
from .flux_1_dev import Flux1Dev
from .flux_1_fill_inpaint import Flux1FillInpaint
from .flux_1_fill_outpaint import Flux1FillOutpaint
from .flux_1_kontext_dev import Flux1KontextDev
from .flux_1_kontext_max_outpaint import Flux1KontextMaxOutpaint
from .flux_1_kontext_max_outpaint_dimension import Flux1KontextMaxOutpaintDimension
from .flux_1_redux import Flux1Redux
from .generate_sd_image_task_base import GenerateSDImageTaskBase
from .generate_sd_video_task_base import GenerateSDVideoTaskBase
from .google_gemini_aspect_ratio import GoogleGeminiAspectRatio
from .google_gemini_create import GoogleGeminiCreate
from .google_gemini_edit import GoogleGeminiEdit
from .google_gemini_model import GoogleGeminiModel
from .google_gemini_size import GoogleGeminiSize
from .google_imagen_aspect_ratio import GoogleImagenAspectRatio
from .google_imagen_create import GoogleImagenCreate
from .google_imagen_model import GoogleImagenModel
from .google_veo_aspect_ratio import GoogleVeoAspectRatio
from .google_veo_duration import GoogleVeoDuration
from .google_veo_model import GoogleVeoModel
from .google_veo_video_create import GoogleVeoVideoCreate
from .grok_aspect_ratio import GrokAspectRatio
from .grok_image_create import GrokImageCreate
from .grok_image_edit import GrokImageEdit
from .grok_video_create import GrokVideoCreate
from .grok_video_duration import GrokVideoDuration
from .grok_video_mode import GrokVideoMode
from .grok_video_resolution import GrokVideoResolution
from .hailuo_model import HailuoModel
from .hailuo_resolution import HailuoResolution
from .hailuo_video_create import HailuoVideoCreate
from .hi_dream_e1_full import HiDreamE1Full
from .hi_dream_i1_full import HiDreamI1Full
from .hyper_lo_ra import HyperLoRA
from .hyper_lo_ra_model_name import HyperLoRAModelName
from .hyper_lo_rasdxl_model_name import HyperLoRASDXLModelName
from .image_reference_preset import ImageReferencePreset
from .import_model_request import ImportModelRequest
from .inpaint_task_base import InpaintTaskBase
from .kling_aspect_ratio import KlingAspectRatio
from .kling_duration import KlingDuration
from .kling_o3_video_create import KlingO3VideoCreate
from .kling_tier_model import KlingTierModel
from .kling_v3_video_create import KlingV3VideoCreate
from .kling_video_create import KlingVideoCreate
from .last_frame_reference_preset import LastFrameReferencePreset
from .lighting_preset import LightingPreset
from .media_input import MediaInput
from .media_item import MediaItem
from .midjourney import Midjourney
from .midjourney_aspect_ratio import MidjourneyAspectRatio
from .midjourney_quality import MidjourneyQuality
from .midjourney_style import MidjourneyStyle
from .modify_task_base import ModifyTaskBase
from .open_ai_gpt_image_1_background import OpenAIGptImage1Background
from .open_ai_gpt_image_1_create import OpenAIGptImage1Create
from .open_ai_gpt_image_1_create_size import OpenAIGptImage1CreateSize
from .open_ai_gpt_image_1_edit import OpenAIGptImage1Edit
from .open_ai_gpt_image_1_edit_size import OpenAIGptImage1EditSize
from .open_ai_gpt_image_1_input_fidelity import OpenAIGptImage1InputFidelity
from .open_ai_gpt_image_1_quality import OpenAIGptImage1Quality
from .open_ai_sora_duration import OpenAISoraDuration
from .open_ai_sora_model import OpenAISoraModel
from .open_ai_sora_size import OpenAISoraSize
from .open_ai_sora_video_create import OpenAISoraVideoCreate
from .outpaint_endpoint_flux_1_fill_outpaint import OutpaintEndpointFlux1FillOutpaint
from .outpaint_endpoint_flux_1_kontext_max_outpaint import (
    OutpaintEndpointFlux1KontextMaxOutpaint,
)
from .outpaint_endpoint_qwen_edit_outpaint import OutpaintEndpointQwenEditOutpaint
from .outpaint_task_base import OutpaintTaskBase
from .paged_envelope import PagedEnvelope
from .previous_video_reference_preset import PreviousVideoReferencePreset
from .prompt_supplement_preset_base import PromptSupplementPresetBase
from .qwen_create import QwenCreate
from .qwen_create_dimension import QwenCreateDimension
from .qwen_edit import QwenEdit
from .qwen_edit_outpaint import QwenEditOutpaint
from .remove_background_color import RemoveBackgroundColor
from .remove_background_model_name import RemoveBackgroundModelName
from .remove_background_task_base import RemoveBackgroundTaskBase
from .rmbg import RMBG
from .runway_aspect_ratio import RunwayAspectRatio
from .runway_model import RunwayModel
from .runway_video_create import RunwayVideoCreate
from .sd import SD
from .sdxl import SDXL
from .seedance_15_aspect_ratio import Seedance15AspectRatio
from .seedance_15_duration import Seedance15Duration
from .seedance_15_video_create import Seedance15VideoCreate
from .seedance_aspect_ratio import SeedanceAspectRatio
from .seedance_model import SeedanceModel
from .seedance_resolution import SeedanceResolution
from .seedance_video_create import SeedanceVideoCreate
from .seededit import Seededit
from .seededit_size import SeededitSize
from .seedream import Seedream
from .seedream_aspect_ratio import SeedreamAspectRatio
from .seedream_size import SeedreamSize
from .string_envelope import StringEnvelope
from .style_reference_preset import StyleReferencePreset
from .success_envelope import SuccessEnvelope
from .supir import Supir
from .target_style import TargetStyle
from .task_envelope import TaskEnvelope
from .task_model import TaskModel
from .task_preset_group import TaskPresetGroup
from .task_response import TaskResponse
from .task_status_envelope import TaskStatusEnvelope
from .topaz_upscale import TopazUpscale
from .topaz_upscale_scale_factor import TopazUpscaleScaleFactor
from .upscale import Upscale
from .upscale_endpoint_clarity import UpscaleEndpointClarity
from .upscale_endpoint_supir import UpscaleEndpointSupir
from .upscale_endpoint_topaz_upscale import UpscaleEndpointTopazUpscale
from .upscale_endpoint_upscale import UpscaleEndpointUpscale
from .upscale_image_task_base import UpscaleImageTaskBase
from .upscale_model_name import UpscaleModelName
from .vary_task_base import VaryTaskBase
from .video_resolution_720p1080p import VideoResolution720P1080P
from .visual_reference_preset_base import VisualReferencePresetBase
from .wan_22_aspect_ratio import Wan22AspectRatio
from .wan_22_resolution import Wan22Resolution
from .wan_22_video_create import Wan22VideoCreate
from .wan_26_model import Wan26Model
from .wan_26_video_create import Wan26VideoCreate
from .workflow_status import WorkflowStatus
from .z_image_turbo import ZImageTurbo

__all__ = (
    "RMBG",
    "SD",
    "SDXL",
    "AiModel",
    "AiModelEnvelope",
    "AiModelFilesItem",
    "AiModelPagedEnvelope",
    "AudioSourceSeparationMDX",
    "AudioSourceSeparationModel",
    "AudioSourceSeparationTask",
    "BillingPeriod",
    "CallbackPayload",
    "CallbackStatus",
    "CameraPreset",
    "CharacterReferencePreset",
    "Clarity",
    "ColorPalettePreset",
    "CompositionReferencePreset",
    "ContourReferencePreset",
    "CreateGenerateMediaTaskRequest",
    "CreateGenerateVideoTaskRequest",
    "CreateSubscriptionRequest",
    "DepthReferencePreset",
    "EmotionPreset",
    "EnhancePromptRequest",
    "ErrorCategory",
    "ErrorDetail",
    "ErrorEnvelope",
    "FirstFrameReferencePreset",
    "Flux1Dev",
    "Flux1FillInpaint",
    "Flux1FillOutpaint",
    "Flux1KontextDev",
    "Flux1KontextMaxOutpaint",
    "Flux1KontextMaxOutpaintDimension",
    "Flux1Redux",
    "GenerateSDImageTaskBase",
    "GenerateSDVideoTaskBase",
    "GoogleGeminiAspectRatio",
    "GoogleGeminiCreate",
    "GoogleGeminiEdit",
    "GoogleGeminiModel",
    "GoogleGeminiSize",
    "GoogleImagenAspectRatio",
    "GoogleImagenCreate",
    "GoogleImagenModel",
    "GoogleVeoAspectRatio",
    "GoogleVeoDuration",
    "GoogleVeoModel",
    "GoogleVeoVideoCreate",
    "GrokAspectRatio",
    "GrokImageCreate",
    "GrokImageEdit",
    "GrokVideoCreate",
    "GrokVideoDuration",
    "GrokVideoMode",
    "GrokVideoResolution",
    "HailuoModel",
    "HailuoResolution",
    "HailuoVideoCreate",
    "HiDreamE1Full",
    "HiDreamI1Full",
    "HyperLoRA",
    "HyperLoRAModelName",
    "HyperLoRASDXLModelName",
    "ImageReferencePreset",
    "ImportModelRequest",
    "InpaintTaskBase",
    "KlingAspectRatio",
    "KlingDuration",
    "KlingO3VideoCreate",
    "KlingTierModel",
    "KlingV3VideoCreate",
    "KlingVideoCreate",
    "LastFrameReferencePreset",
    "LightingPreset",
    "MediaInput",
    "MediaItem",
    "Midjourney",
    "MidjourneyAspectRatio",
    "MidjourneyQuality",
    "MidjourneyStyle",
    "ModifyTaskBase",
    "OpenAIGptImage1Background",
    "OpenAIGptImage1Create",
    "OpenAIGptImage1CreateSize",
    "OpenAIGptImage1Edit",
    "OpenAIGptImage1EditSize",
    "OpenAIGptImage1InputFidelity",
    "OpenAIGptImage1Quality",
    "OpenAISoraDuration",
    "OpenAISoraModel",
    "OpenAISoraSize",
    "OpenAISoraVideoCreate",
    "OutpaintEndpointFlux1FillOutpaint",
    "OutpaintEndpointFlux1KontextMaxOutpaint",
    "OutpaintEndpointQwenEditOutpaint",
    "OutpaintTaskBase",
    "PagedEnvelope",
    "PreviousVideoReferencePreset",
    "PromptSupplementPresetBase",
    "QwenCreate",
    "QwenCreateDimension",
    "QwenEdit",
    "QwenEditOutpaint",
    "RemoveBackgroundColor",
    "RemoveBackgroundModelName",
    "RemoveBackgroundTaskBase",
    "RunwayAspectRatio",
    "RunwayModel",
    "RunwayVideoCreate",
    "Seedance15AspectRatio",
    "Seedance15Duration",
    "Seedance15VideoCreate",
    "SeedanceAspectRatio",
    "SeedanceModel",
    "SeedanceResolution",
    "SeedanceVideoCreate",
    "Seededit",
    "SeededitSize",
    "Seedream",
    "SeedreamAspectRatio",
    "SeedreamSize",
    "StringEnvelope",
    "StyleReferencePreset",
    "SuccessEnvelope",
    "Supir",
    "TargetStyle",
    "TaskEnvelope",
    "TaskModel",
    "TaskPresetGroup",
    "TaskResponse",
    "TaskStatusEnvelope",
    "TopazUpscale",
    "TopazUpscaleScaleFactor",
    "Upscale",
    "UpscaleEndpointClarity",
    "UpscaleEndpointSupir",
    "UpscaleEndpointTopazUpscale",
    "UpscaleEndpointUpscale",
    "UpscaleImageTaskBase",
    "UpscaleModelName",
    "VaryTaskBase",
    "VideoResolution720P1080P",
    "VisualReferencePresetBase",
    "Wan22AspectRatio",
    "Wan22Resolution",
    "Wan22VideoCreate",
    "Wan26Model",
    "Wan26VideoCreate",
    "WorkflowStatus",
    "ZImageTurbo",
)
