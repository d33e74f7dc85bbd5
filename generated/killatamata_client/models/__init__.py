"""Contains all the data models used in inputs/outputs"""

from .ace_step_input import AceStepInput
from .ace_step_input_quality_preset import AceStepInputQualityPreset
from .ace_step_job import AceStepJob
from .affiliate_apply_request import AffiliateApplyRequest
from .affiliate_binding import AffiliateBinding
from .affiliate_capture import AffiliateCapture
from .affiliate_code import AffiliateCode
from .affiliate_code_request import AffiliateCodeRequest
from .affiliate_code_validation import AffiliateCodeValidation
from .affiliate_commission import AffiliateCommission
from .affiliate_commission_list import AffiliateCommissionList
from .affiliate_dashboard import AffiliateDashboard
from .affiliate_payout import AffiliatePayout
from .affiliate_payout_eligibility import AffiliatePayoutEligibility
from .affiliate_payout_list import AffiliatePayoutList
from .affiliate_payout_request import AffiliatePayoutRequest
from .affiliate_payout_request_list import AffiliatePayoutRequestList
from .affiliate_profile import AffiliateProfile
from .affiliate_profile_update import AffiliateProfileUpdate
from .api_key_info import ApiKeyInfo
from .api_key_list import ApiKeyList
from .audio_annotation_input import AudioAnnotationInput
from .audio_annotation_job import AudioAnnotationJob
from .audio_speak_input import AudioSpeakInput
from .audio_speak_input_language import AudioSpeakInputLanguage
from .audio_speak_input_mode import AudioSpeakInputMode
from .audio_speak_job import AudioSpeakJob
from .balance import Balance
from .browser_email_verify_request import BrowserEmailVerifyRequest
from .browser_google_auth_request import BrowserGoogleAuthRequest
from .browser_session import BrowserSession
from .browser_session_cleared import BrowserSessionCleared
from .checkout_request import CheckoutRequest
from .claim import Claim
from .create_affiliate_payout_request import CreateAffiliatePayoutRequest
from .create_key_request import CreateKeyRequest
from .create_studio_project_request import CreateStudioProjectRequest
from .create_studio_text_asset_request import CreateStudioTextAssetRequest
from .create_studio_thread_request import CreateStudioThreadRequest
from .credit_package import CreditPackage
from .crypto_checkout import CryptoCheckout
from .crypto_claim_request import CryptoClaimRequest
from .device_link_approve_request import DeviceLinkApproveRequest
from .device_link_approved import DeviceLinkApproved
from .device_link_poll import DeviceLinkPoll
from .device_link_poll_request import DeviceLinkPollRequest
from .device_link_request_info import DeviceLinkRequestInfo
from .device_link_start import DeviceLinkStart
from .device_link_start_request import DeviceLinkStartRequest
from .device_link_status import DeviceLinkStatus
from .email_start import EmailStart
from .email_start_request import EmailStartRequest
from .email_verify_request import EmailVerifyRequest
from .error_response import ErrorResponse
from .execute_studio_approval_plan_request import ExecuteStudioApprovalPlanRequest
from .get_media_job_include_details import GetMediaJobIncludeDetails
from .google_auth_request import GoogleAuthRequest
from .health import Health
from .image_edit_input import ImageEditInput
from .image_edit_job import ImageEditJob
from .image_generate_input import ImageGenerateInput
from .image_generate_job import ImageGenerateJob
from .inline_audio import InlineAudio
from .inline_audio_mime_type import InlineAudioMimeType
from .inline_image import InlineImage
from .inline_image_mime_type import InlineImageMimeType
from .input_adjustment import InputAdjustment
from .media_job import MediaJob
from .media_job_accepted import MediaJobAccepted
from .media_job_accepted_effective_input import MediaJobAcceptedEffectiveInput
from .media_job_accepted_result import MediaJobAcceptedResult
from .media_job_billing import MediaJobBilling
from .media_job_details import MediaJobDetails
from .media_job_details_effective_input import MediaJobDetailsEffectiveInput
from .media_job_details_upstream import MediaJobDetailsUpstream
from .media_job_error import MediaJobError
from .media_job_result import MediaJobResult
from .media_job_status import MediaJobStatus
from .media_task import MediaTask
from .moss_sound_effect_input import MossSoundEffectInput
from .moss_sound_effect_job import MossSoundEffectJob
from .new_api_key import NewApiKey
from .output_format import OutputFormat
from .package_list import PackageList
from .payment_payload import PaymentPayload
from .payment_payload_extensions import PaymentPayloadExtensions
from .payment_payload_payload import PaymentPayloadPayload
from .payment_required import PaymentRequired
from .payment_required_extensions import PaymentRequiredExtensions
from .payment_requirements import PaymentRequirements
from .payment_requirements_extra import PaymentRequirementsExtra
from .payment_resource import PaymentResource
from .prepare_studio_agent_message_request import PrepareStudioAgentMessageRequest
from .provider_event import ProviderEvent
from .provider_event_data import ProviderEventData
from .quoted_job import QuotedJob
from .revoke_key_request import RevokeKeyRequest
from .revoked_key import RevokedKey
from .run_studio_agent_message_request import RunStudioAgentMessageRequest
from .select_studio_thread_request import SelectStudioThreadRequest
from .settlement_response import SettlementResponse
from .settlement_response_extensions import SettlementResponseExtensions
from .stripe_checkout import StripeCheckout
from .stripe_claim_request import StripeClaimRequest
from .studio_agent_request import StudioAgentRequest
from .studio_agent_request_accepted import StudioAgentRequestAccepted
from .studio_agent_request_status import StudioAgentRequestStatus
from .studio_asset import StudioAsset
from .studio_asset_list import StudioAssetList
from .studio_message import StudioMessage
from .studio_preflight import StudioPreflight
from .studio_project import StudioProject
from .studio_settings import StudioSettings
from .studio_snapshot import StudioSnapshot
from .studio_text_document import StudioTextDocument
from .studio_thread import StudioThread
from .studio_thread_detail import StudioThreadDetail
from .studio_thread_selection import StudioThreadSelection
from .trellis_input import TrellisInput
from .trellis_job import TrellisJob
from .update_studio_asset_metadata_request import UpdateStudioAssetMetadataRequest
from .update_studio_project_request import UpdateStudioProjectRequest
from .update_studio_settings_request import UpdateStudioSettingsRequest
from .update_studio_text_document_request import UpdateStudioTextDocumentRequest
from .update_studio_thread_request import UpdateStudioThreadRequest
from .video_combine_input import VideoCombineInput
from .video_combine_job import VideoCombineJob
from .video_generate_input import VideoGenerateInput
from .video_generate_job import VideoGenerateJob
from .webhook_received import WebhookReceived
from .x402_purchase import X402Purchase
from .x402_purchase_request import X402PurchaseRequest

__all__ = (
    "AceStepInput",
    "AceStepInputQualityPreset",
    "AceStepJob",
    "AffiliateApplyRequest",
    "AffiliateBinding",
    "AffiliateCapture",
    "AffiliateCode",
    "AffiliateCodeRequest",
    "AffiliateCodeValidation",
    "AffiliateCommission",
    "AffiliateCommissionList",
    "AffiliateDashboard",
    "AffiliatePayout",
    "AffiliatePayoutEligibility",
    "AffiliatePayoutList",
    "AffiliatePayoutRequest",
    "AffiliatePayoutRequestList",
    "AffiliateProfile",
    "AffiliateProfileUpdate",
    "ApiKeyInfo",
    "ApiKeyList",
    "AudioAnnotationInput",
    "AudioAnnotationJob",
    "AudioSpeakInput",
    "AudioSpeakInputLanguage",
    "AudioSpeakInputMode",
    "AudioSpeakJob",
    "Balance",
    "BrowserEmailVerifyRequest",
    "BrowserGoogleAuthRequest",
    "BrowserSession",
    "BrowserSessionCleared",
    "CheckoutRequest",
    "Claim",
    "CreateAffiliatePayoutRequest",
    "CreateKeyRequest",
    "CreateStudioProjectRequest",
    "CreateStudioTextAssetRequest",
    "CreateStudioThreadRequest",
    "CreditPackage",
    "CryptoCheckout",
    "CryptoClaimRequest",
    "DeviceLinkApproveRequest",
    "DeviceLinkApproved",
    "DeviceLinkPoll",
    "DeviceLinkPollRequest",
    "DeviceLinkRequestInfo",
    "DeviceLinkStart",
    "DeviceLinkStartRequest",
    "DeviceLinkStatus",
    "EmailStart",
    "EmailStartRequest",
    "EmailVerifyRequest",
    "ErrorResponse",
    "ExecuteStudioApprovalPlanRequest",
    "GetMediaJobIncludeDetails",
    "GoogleAuthRequest",
    "Health",
    "ImageEditInput",
    "ImageEditJob",
    "ImageGenerateInput",
    "ImageGenerateJob",
    "InlineAudio",
    "InlineAudioMimeType",
    "InlineImage",
    "InlineImageMimeType",
    "InputAdjustment",
    "MediaJob",
    "MediaJobAccepted",
    "MediaJobAcceptedEffectiveInput",
    "MediaJobAcceptedResult",
    "MediaJobBilling",
    "MediaJobDetails",
    "MediaJobDetailsEffectiveInput",
    "MediaJobDetailsUpstream",
    "MediaJobError",
    "MediaJobResult",
    "MediaJobStatus",
    "MediaTask",
    "MossSoundEffectInput",
    "MossSoundEffectJob",
    "NewApiKey",
    "OutputFormat",
    "PackageList",
    "PaymentPayload",
    "PaymentPayloadExtensions",
    "PaymentPayloadPayload",
    "PaymentRequired",
    "PaymentRequiredExtensions",
    "PaymentRequirements",
    "PaymentRequirementsExtra",
    "PaymentResource",
    "PrepareStudioAgentMessageRequest",
    "ProviderEvent",
    "ProviderEventData",
    "QuotedJob",
    "RevokeKeyRequest",
    "RevokedKey",
    "RunStudioAgentMessageRequest",
    "SelectStudioThreadRequest",
    "SettlementResponse",
    "SettlementResponseExtensions",
    "StripeCheckout",
    "StripeClaimRequest",
    "StudioAgentRequest",
    "StudioAgentRequestAccepted",
    "StudioAgentRequestStatus",
    "StudioAsset",
    "StudioAssetList",
    "StudioMessage",
    "StudioPreflight",
    "StudioProject",
    "StudioSettings",
    "StudioSnapshot",
    "StudioTextDocument",
    "StudioThread",
    "StudioThreadDetail",
    "StudioThreadSelection",
    "TrellisInput",
    "TrellisJob",
    "UpdateStudioAssetMetadataRequest",
    "UpdateStudioProjectRequest",
    "UpdateStudioSettingsRequest",
    "UpdateStudioTextDocumentRequest",
    "UpdateStudioThreadRequest",
    "VideoCombineInput",
    "VideoCombineJob",
    "VideoGenerateInput",
    "VideoGenerateJob",
    "WebhookReceived",
    "X402Purchase",
    "X402PurchaseRequest",
)
