"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_detail import AgentDetail
from .agent_endpoints import AgentEndpoints
from .agent_invoke_queue_response import AgentInvokeQueueResponse
from .agent_invoke_request import AgentInvokeRequest
from .agent_invoke_sync_response import AgentInvokeSyncResponse
from .agent_list import AgentList
from .agent_list_protocols import AgentListProtocols
from .agent_orchestrate_response import AgentOrchestrateResponse
from .agent_summary import AgentSummary
from .agent_tool import AgentTool
from .agent_tool_pricing import AgentToolPricing
from .agent_x402 import AgentX402
from .audio_lip_sync_input import AudioLipSyncInput
from .audio_lip_sync_input_preprocess import AudioLipSyncInputPreprocess
from .audio_sfx_input import AudioSfxInput
from .audio_stem_separation_input import AudioStemSeparationInput
from .audio_stem_separation_input_stems import AudioStemSeparationInputStems
from .audio_transcribe_input import AudioTranscribeInput
from .audio_transcribe_input_chunk_level import AudioTranscribeInputChunkLevel
from .audio_transcribe_input_task import AudioTranscribeInputTask
from .audio_tts_input import AudioTtsInput
from .audio_tts_input_language import AudioTtsInputLanguage
from .batch_completed_item import BatchCompletedItem
from .batch_failed_item import BatchFailedItem
from .batch_invocation import BatchInvocation
from .batch_invocation_input import BatchInvocationInput
from .batch_invoke_request import BatchInvokeRequest
from .batch_invoke_response import BatchInvokeResponse
from .batch_queued_item import BatchQueuedItem
from .batch_queued_job import BatchQueuedJob
from .error_response import ErrorResponse
from .execution_mode import ExecutionMode
from .gateway_info import GatewayInfo
from .gateway_info_authentication import GatewayInfoAuthentication
from .gateway_info_categories_item import GatewayInfoCategoriesItem
from .gateway_info_endpoints import GatewayInfoEndpoints
from .gateway_info_protocols import GatewayInfoProtocols
from .gateway_schema import GatewaySchema
from .gateway_schema_info import GatewaySchemaInfo
from .gateway_schema_paths import GatewaySchemaPaths
from .generation_completed_data import GenerationCompletedData
from .generation_completed_event import GenerationCompletedEvent
from .generation_failed_data import GenerationFailedData
from .generation_failed_event import GenerationFailedEvent
from .image_extract_layer_input import ImageExtractLayerInput
from .image_extract_layer_input_operating_resolution import (
    ImageExtractLayerInputOperatingResolution,
)
from .image_extract_layer_input_output_format import ImageExtractLayerInputOutputFormat
from .image_face_swap_input import ImageFaceSwapInput
from .image_generate_flux_2_edit_input import ImageGenerateFlux2EditInput
from .image_generate_flux_2_edit_input_image_size import (
    ImageGenerateFlux2EditInputImageSize,
)
from .image_generate_flux_2_edit_input_output_format import (
    ImageGenerateFlux2EditInputOutputFormat,
)
from .image_generate_flux_2_input import ImageGenerateFlux2Input
from .image_generate_flux_2_input_image_size import ImageGenerateFlux2InputImageSize
from .image_generate_flux_2_input_output_format import (
    ImageGenerateFlux2InputOutputFormat,
)
from .image_generate_flux_controlnet_canny_input import (
    ImageGenerateFluxControlnetCannyInput,
)
from .image_generate_flux_controlnet_canny_input_image_size import (
    ImageGenerateFluxControlnetCannyInputImageSize,
)
from .image_generate_flux_controlnet_canny_input_output_format import (
    ImageGenerateFluxControlnetCannyInputOutputFormat,
)
from .image_generate_flux_pro_kontext_edit_input import (
    ImageGenerateFluxProKontextEditInput,
)
from .image_generate_flux_pro_kontext_edit_input_image_size import (
    ImageGenerateFluxProKontextEditInputImageSize,
)
from .image_generate_flux_pro_kontext_edit_input_output_format import (
    ImageGenerateFluxProKontextEditInputOutputFormat,
)
from .image_generate_flux_pro_kontext_input import ImageGenerateFluxProKontextInput
from .image_generate_flux_pro_kontext_input_image_size import (
    ImageGenerateFluxProKontextInputImageSize,
)
from .image_generate_flux_pro_kontext_input_output_format import (
    ImageGenerateFluxProKontextInputOutputFormat,
)
from .image_generate_flux_pro_kontext_multi_input import (
    ImageGenerateFluxProKontextMultiInput,
)
from .image_generate_flux_pro_kontext_multi_input_image_size import (
    ImageGenerateFluxProKontextMultiInputImageSize,
)
from .image_generate_flux_pro_kontext_multi_input_output_format import (
    ImageGenerateFluxProKontextMultiInputOutputFormat,
)
from .image_generate_nano_banana_pro_edit_input import (
    ImageGenerateNanoBananaProEditInput,
)
from .image_generate_nano_banana_pro_edit_input_image_size import (
    ImageGenerateNanoBananaProEditInputImageSize,
)
from .image_generate_nano_banana_pro_edit_input_output_format import (
    ImageGenerateNanoBananaProEditInputOutputFormat,
)
from .image_generate_nano_banana_pro_input import ImageGenerateNanoBananaProInput
from .image_generate_nano_banana_pro_input_image_size import (
    ImageGenerateNanoBananaProInputImageSize,
)
from .image_generate_nano_banana_pro_input_output_format import (
    ImageGenerateNanoBananaProInputOutputFormat,
)
from .image_inpaint_input import ImageInpaintInput
from .image_inpaint_input_output_format import ImageInpaintInputOutputFormat
from .image_outpaint_input import ImageOutpaintInput
from .image_outpaint_input_output_format import ImageOutpaintInputOutputFormat
from .image_upscale_input import ImageUpscaleInput
from .image_upscale_input_output_format import ImageUpscaleInputOutputFormat
from .image_upscale_input_scale import ImageUpscaleInputScale
from .insufficient_credits import InsufficientCredits
from .invoke_queue_response import InvokeQueueResponse
from .invoke_request import InvokeRequest
from .invoke_sync_response import InvokeSyncResponse
from .invoke_tool_request import InvokeToolRequest
from .job_result import JobResult
from .job_status import JobStatus
from .mcp_manifest import McpManifest
from .mcp_tool import McpTool
from .music_generate_input import MusicGenerateInput
from .orchestrate_execute_request import OrchestrateExecuteRequest
from .orchestrate_plan_request import OrchestratePlanRequest
from .orchestrate_plan_request_context import OrchestratePlanRequestContext
from .orchestrate_request import OrchestrateRequest
from .orchestrate_request_context import OrchestrateRequestContext
from .orchestrate_response import OrchestrateResponse
from .orchestration_plan import OrchestrationPlan
from .orchestration_result import OrchestrationResult
from .orchestration_step import OrchestrationStep
from .orchestration_step_input import OrchestrationStepInput
from .orchestration_step_input_mappings import OrchestrationStepInputMappings
from .payment_refused import PaymentRefused
from .plan_input import PlanInput
from .plan_response import PlanResponse
from .plan_step_input import PlanStepInput
from .plan_step_input_input import PlanStepInputInput
from .plan_step_input_input_mappings import PlanStepInputInputMappings
from .price import Price
from .price_quote import PriceQuote
from .price_quote_x402 import PriceQuoteX402
from .queued_job import QueuedJob
from .step_result import StepResult
from .step_result_status import StepResultStatus
from .three_d_image_to_3d_input import ThreeDImageTo3DInput
from .three_d_image_to_3d_input_output_format import ThreeDImageTo3DInputOutputFormat
from .tool_category_count import ToolCategoryCount
from .tool_definition import ToolDefinition
from .tool_detail import ToolDetail
from .tool_input_schema import ToolInputSchema
from .tool_input_schema_properties import ToolInputSchemaProperties
from .tool_input_schema_properties_additional_property import (
    ToolInputSchemaPropertiesAdditionalProperty,
)
from .tool_list import ToolList
from .tool_list_protocols import ToolListProtocols
from .tool_pricing import ToolPricing
from .tool_pricing_x402 import ToolPricingX402
from .tool_summary import ToolSummary
from .tool_summary_pricing import ToolSummaryPricing
from .training_flux_2_input import TrainingFlux2Input
from .training_flux_lora_input import TrainingFluxLoraInput
from .training_lora_inference_input import TrainingLoraInferenceInput
from .training_lora_inference_input_image_size import (
    TrainingLoraInferenceInputImageSize,
)
from .training_lora_inference_input_output_format import (
    TrainingLoraInferenceInputOutputFormat,
)
from .unit_pricing import UnitPricing
from .unit_type import UnitType
from .validation_error import ValidationError
from .video_animate_wan_input import VideoAnimateWanInput
from .video_animate_wan_input_aspect_ratio import VideoAnimateWanInputAspectRatio
from .video_generate_ltx_image_input import VideoGenerateLtxImageInput
from .video_generate_ltx_image_input_duration import VideoGenerateLtxImageInputDuration
from .video_generate_ltx_text_input import VideoGenerateLtxTextInput
from .video_generate_ltx_text_input_aspect_ratio import (
    VideoGenerateLtxTextInputAspectRatio,
)
from .video_generate_ltx_text_input_duration import VideoGenerateLtxTextInputDuration
from .video_generate_veo_3_first_last_frame_input import (
    VideoGenerateVeo3FirstLastFrameInput,
)
from .video_generate_veo_3_first_last_frame_input_duration import (
    VideoGenerateVeo3FirstLastFrameInputDuration,
)
from .video_generate_veo_3_image_to_video_input import (
    VideoGenerateVeo3ImageToVideoInput,
)
from .video_generate_veo_3_image_to_video_input_aspect_ratio import (
    VideoGenerateVeo3ImageToVideoInputAspectRatio,
)
from .video_generate_veo_3_image_to_video_input_duration import (
    VideoGenerateVeo3ImageToVideoInputDuration,
)
from .video_generate_veo_3_input import VideoGenerateVeo3Input
from .video_generate_veo_3_input_aspect_ratio import VideoGenerateVeo3InputAspectRatio
from .video_generate_veo_3_input_duration import VideoGenerateVeo3InputDuration
from .video_video_to_audio_input import VideoVideoToAudioInput
from .vision_describe_input import VisionDescribeInput
from .webhook_ack import WebhookAck
from .webhook_ack_status import WebhookAckStatus
from .workflow_list import WorkflowList
from .workflow_params import WorkflowParams
from .workflow_step_summary import WorkflowStepSummary
from .workflow_summary import WorkflowSummary
from .x402_agent_ref import X402AgentRef
from .x402_challenge import X402Challenge
from .x402_resource import X402Resource
from .x402_settlement import X402Settlement

__all__ = (
    "Agent",
    "AgentDetail",
    "AgentEndpoints",
    "AgentInvokeQueueResponse",
    "AgentInvokeRequest",
    "AgentInvokeSyncResponse",
    "AgentList",
    "AgentListProtocols",
    "AgentOrchestrateResponse",
    "AgentSummary",
    "AgentTool",
    "AgentToolPricing",
    "AgentX402",
    "AudioLipSyncInput",
    "AudioLipSyncInputPreprocess",
    "AudioSfxInput",
    "AudioStemSeparationInput",
    "AudioStemSeparationInputStems",
    "AudioTranscribeInput",
    "AudioTranscribeInputChunkLevel",
    "AudioTranscribeInputTask",
    "AudioTtsInput",
    "AudioTtsInputLanguage",
    "BatchCompletedItem",
    "BatchFailedItem",
    "BatchInvocation",
    "BatchInvocationInput",
    "BatchInvokeRequest",
    "BatchInvokeResponse",
    "BatchQueuedItem",
    "BatchQueuedJob",
    "ErrorResponse",
    "ExecutionMode",
    "GatewayInfo",
    "GatewayInfoAuthentication",
    "GatewayInfoCategoriesItem",
    "GatewayInfoEndpoints",
    "GatewayInfoProtocols",
    "GatewaySchema",
    "GatewaySchemaInfo",
    "GatewaySchemaPaths",
    "GenerationCompletedData",
    "GenerationCompletedEvent",
    "GenerationFailedData",
    "GenerationFailedEvent",
    "ImageExtractLayerInput",
    "ImageExtractLayerInputOperatingResolution",
    "ImageExtractLayerInputOutputFormat",
    "ImageFaceSwapInput",
    "ImageGenerateFlux2EditInput",
    "ImageGenerateFlux2EditInputImageSize",
    "ImageGenerateFlux2EditInputOutputFormat",
    "ImageGenerateFlux2Input",
    "ImageGenerateFlux2InputImageSize",
    "ImageGenerateFlux2InputOutputFormat",
    "ImageGenerateFluxControlnetCannyInput",
    "ImageGenerateFluxControlnetCannyInputImageSize",
    "ImageGenerateFluxControlnetCannyInputOutputFormat",
    "ImageGenerateFluxProKontextEditInput",
    "ImageGenerateFluxProKontextEditInputImageSize",
    "ImageGenerateFluxProKontextEditInputOutputFormat",
    "ImageGenerateFluxProKontextInput",
    "ImageGenerateFluxProKontextInputImageSize",
    "ImageGenerateFluxProKontextInputOutputFormat",
    "ImageGenerateFluxProKontextMultiInput",
    "ImageGenerateFluxProKontextMultiInputImageSize",
    "ImageGenerateFluxProKontextMultiInputOutputFormat",
    "ImageGenerateNanoBananaProEditInput",
    "ImageGenerateNanoBananaProEditInputImageSize",
    "ImageGenerateNanoBananaProEditInputOutputFormat",
    "ImageGenerateNanoBananaProInput",
    "ImageGenerateNanoBananaProInputImageSize",
    "ImageGenerateNanoBananaProInputOutputFormat",
    "ImageInpaintInput",
    "ImageInpaintInputOutputFormat",
    "ImageOutpaintInput",
    "ImageOutpaintInputOutputFormat",
    "ImageUpscaleInput",
    "ImageUpscaleInputOutputFormat",
    "ImageUpscaleInputScale",
    "InsufficientCredits",
    "InvokeQueueResponse",
    "InvokeRequest",
    "InvokeSyncResponse",
    "InvokeToolRequest",
    "JobResult",
    "JobStatus",
    "McpManifest",
    "McpTool",
    "MusicGenerateInput",
    "OrchestrateExecuteRequest",
    "OrchestratePlanRequest",
    "OrchestratePlanRequestContext",
    "OrchestrateRequest",
    "OrchestrateRequestContext",
    "OrchestrateResponse",
    "OrchestrationPlan",
    "OrchestrationResult",
    "OrchestrationStep",
    "OrchestrationStepInput",
    "OrchestrationStepInputMappings",
    "PaymentRefused",
    "PlanInput",
    "PlanResponse",
    "PlanStepInput",
    "PlanStepInputInput",
    "PlanStepInputInputMappings",
    "Price",
    "PriceQuote",
    "PriceQuoteX402",
    "QueuedJob",
    "StepResult",
    "StepResultStatus",
    "ThreeDImageTo3DInput",
    "ThreeDImageTo3DInputOutputFormat",
    "ToolCategoryCount",
    "ToolDefinition",
    "ToolDetail",
    "ToolInputSchema",
    "ToolInputSchemaProperties",
    "ToolInputSchemaPropertiesAdditionalProperty",
    "ToolList",
    "ToolListProtocols",
    "ToolPricing",
    "ToolPricingX402",
    "ToolSummary",
    "ToolSummaryPricing",
    "TrainingFlux2Input",
    "TrainingFluxLoraInput",
    "TrainingLoraInferenceInput",
    "TrainingLoraInferenceInputImageSize",
    "TrainingLoraInferenceInputOutputFormat",
    "UnitPricing",
    "UnitType",
    "ValidationError",
    "VideoAnimateWanInput",
    "VideoAnimateWanInputAspectRatio",
    "VideoGenerateLtxImageInput",
    "VideoGenerateLtxImageInputDuration",
    "VideoGenerateLtxTextInput",
    "VideoGenerateLtxTextInputAspectRatio",
    "VideoGenerateLtxTextInputDuration",
    "VideoGenerateVeo3FirstLastFrameInput",
    "VideoGenerateVeo3FirstLastFrameInputDuration",
    "VideoGenerateVeo3ImageToVideoInput",
    "VideoGenerateVeo3ImageToVideoInputAspectRatio",
    "VideoGenerateVeo3ImageToVideoInputDuration",
    "VideoGenerateVeo3Input",
    "VideoGenerateVeo3InputAspectRatio",
    "VideoGenerateVeo3InputDuration",
    "VideoVideoToAudioInput",
    "VisionDescribeInput",
    "WebhookAck",
    "WebhookAckStatus",
    "WorkflowList",
    "WorkflowParams",
    "WorkflowStepSummary",
    "WorkflowSummary",
    "X402AgentRef",
    "X402Challenge",
    "X402Resource",
    "X402Settlement",
)
