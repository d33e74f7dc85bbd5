"""Contains all the data models used in inputs/outputs"""

from .credits_ import Credits
from .credits_envelope import CreditsEnvelope
from .credits_request import CreditsRequest
from .envelope import Envelope
from .envelope_data_type_0 import EnvelopeDataType0
from .error_envelope import ErrorEnvelope
from .error_envelope_data_type_0 import ErrorEnvelopeDataType0
from .google_veo_31_fast_request import GoogleVeo31FastRequest
from .google_veo_31_fast_request_data import GoogleVeo31FastRequestData
from .google_veo_31_fast_request_data_aspect_ratio import (
    GoogleVeo31FastRequestDataAspectRatio,
)
from .google_veo_31_fast_request_data_duration import GoogleVeo31FastRequestDataDuration
from .google_veo_31_fast_request_data_generate_audio import (
    GoogleVeo31FastRequestDataGenerateAudio,
)
from .google_veo_31_fast_request_data_resolution import (
    GoogleVeo31FastRequestDataResolution,
)
from .google_veo_31_request import GoogleVeo31Request
from .google_veo_31_request_data import GoogleVeo31RequestData
from .google_veo_31_request_data_aspect_ratio import GoogleVeo31RequestDataAspectRatio
from .google_veo_31_request_data_duration import GoogleVeo31RequestDataDuration
from .google_veo_31_request_data_generate_audio import (
    GoogleVeo31RequestDataGenerateAudio,
)
from .google_veo_31_request_data_resolution import GoogleVeo31RequestDataResolution
from .hailuo_02_request import Hailuo02Request
from .hailuo_02_request_data import Hailuo02RequestData
from .hailuo_02_request_data_duration import Hailuo02RequestDataDuration
from .hailuo_02_request_data_resolution import Hailuo02RequestDataResolution
from .hailuo_23_request import Hailuo23Request
from .hailuo_23_request_data import Hailuo23RequestData
from .hailuo_23_request_data_duration import Hailuo23RequestDataDuration
from .hailuo_23_request_data_resolution import Hailuo23RequestDataResolution
from .imagen_4_request import Imagen4Request
from .imagen_4_request_data import Imagen4RequestData
from .imagen_4_request_data_counts import Imagen4RequestDataCounts
from .imagen_4_request_data_ratio import Imagen4RequestDataRatio
from .kling_21_request import Kling21Request
from .kling_21_request_data import Kling21RequestData
from .kling_21_request_data_duration import Kling21RequestDataDuration
from .kling_21_request_data_resolution import Kling21RequestDataResolution
from .kling_25_turbo_request import Kling25TurboRequest
from .kling_25_turbo_request_data import Kling25TurboRequestData
from .kling_25_turbo_request_data_duration import Kling25TurboRequestDataDuration
from .kling_25_turbo_request_data_resolution import Kling25TurboRequestDataResolution
from .kling_26_request import Kling26Request
from .kling_26_request_data import Kling26RequestData
from .kling_26_request_data_duration import Kling26RequestDataDuration
from .kling_26_request_data_generate_audio import Kling26RequestDataGenerateAudio
from .kling_30_request import Kling30Request
from .kling_30_request_data import Kling30RequestData
from .kling_30_request_data_duration import Kling30RequestDataDuration
from .kling_30_request_data_generate_audio import Kling30RequestDataGenerateAudio
from .kling_30_request_data_multi_shots import Kling30RequestDataMultiShots
from .kling_30_request_data_resolution import Kling30RequestDataResolution
from .motion_control_kling_26_request import MotionControlKling26Request
from .motion_control_kling_26_request_data import MotionControlKling26RequestData
from .nano_banana_pro_request import NanoBananaProRequest
from .nano_banana_pro_request_data import NanoBananaProRequestData
from .nano_banana_pro_request_data_ratio import NanoBananaProRequestDataRatio
from .nano_banana_pro_request_data_resolution import NanoBananaProRequestDataResolution
from .nano_banana_request import NanoBananaRequest
from .nano_banana_request_data import NanoBananaRequestData
from .nano_banana_request_data_ratio import NanoBananaRequestDataRatio
from .seedream_40_request import Seedream40Request
from .seedream_40_request_data import Seedream40RequestData
from .seedream_40_request_data_ratio import Seedream40RequestDataRatio
from .soul_character_request import SoulCharacterRequest
from .soul_character_request_data import SoulCharacterRequestData
from .soul_character_request_data_ratio import SoulCharacterRequestDataRatio
from .task_created import TaskCreated
from .task_created_envelope import TaskCreatedEnvelope
from .task_output import TaskOutput
from .task_result import TaskResult
from .task_result_envelope import TaskResultEnvelope
from .task_result_request import TaskResultRequest
from .task_status import TaskStatus
from .vidu_q2_request import ViduQ2Request
from .vidu_q2_request_data import ViduQ2RequestData
from .vidu_q2_request_data_duration import ViduQ2RequestDataDuration
from .vidu_q2_request_data_resolution import ViduQ2RequestDataResolution
from .vidu_q3_request import ViduQ3Request
from .vidu_q3_request_data import ViduQ3RequestData
from .vidu_q3_request_data_duration import ViduQ3RequestDataDuration
from .vidu_q3_request_data_generate_audio import ViduQ3RequestDataGenerateAudio
from .vidu_q3_request_data_resolution import ViduQ3RequestDataResolution
from .vidu_q3_text_to_video_request import ViduQ3TextToVideoRequest
from .vidu_q3_text_to_video_request_data import ViduQ3TextToVideoRequestData
from .vidu_q3_text_to_video_request_data_duration import (
    ViduQ3TextToVideoRequestDataDuration,
)
from .vidu_q3_text_to_video_request_data_generate_audio import (
    ViduQ3TextToVideoRequestDataGenerateAudio,
)
from .vidu_q3_text_to_video_request_data_ratio import ViduQ3TextToVideoRequestDataRatio
from .vidu_q3_text_to_video_request_data_resolution import (
    ViduQ3TextToVideoRequestDataResolution,
)
from .wan_22_request import Wan22Request
from .wan_22_request_data import Wan22RequestData
from .wan_22_request_data_duration import Wan22RequestDataDuration
from .wan_22_request_data_resolution import Wan22RequestDataResolution
from .wan_25_request import Wan25Request
from .wan_25_request_data import Wan25RequestData
from .wan_25_request_data_duration import Wan25RequestDataDuration
from .wan_25_request_data_resolution import Wan25RequestDataResolution
from .wan_25_text_to_video_request import Wan25TextToVideoRequest
from .wan_25_text_to_video_request_data import Wan25TextToVideoRequestData
from .wan_25_text_to_video_request_data_duration import (
    Wan25TextToVideoRequestDataDuration,
)
from .wan_25_text_to_video_request_data_ratio import Wan25TextToVideoRequestDataRatio
from .wan_26_request import Wan26Request
from .wan_26_request_data import Wan26RequestData
from .wan_26_request_data_duration import Wan26RequestDataDuration
from .wan_26_request_data_generate_audio import Wan26RequestDataGenerateAudio
from .wan_26_request_data_resolution import Wan26RequestDataResolution
from .wan_26_request_data_shot_type import Wan26RequestDataShotType
from .wan_26_text_to_video_request import Wan26TextToVideoRequest
from .wan_26_text_to_video_request_data import Wan26TextToVideoRequestData
from .wan_26_text_to_video_request_data_duration import (
    Wan26TextToVideoRequestDataDuration,
)
from .wan_26_text_to_video_request_data_generate_audio import (
    Wan26TextToVideoRequestDataGenerateAudio,
)
from .wan_26_text_to_video_request_data_shot_type import (
    Wan26TextToVideoRequestDataShotType,
)
from .wan_26_text_to_video_request_data_size import Wan26TextToVideoRequestDataSize

__all__ = (
    "Credits",
    "CreditsEnvelope",
    "CreditsRequest",
    "Envelope",
    "EnvelopeDataType0",
    "ErrorEnvelope",
    "ErrorEnvelopeDataType0",
    "GoogleVeo31FastRequest",
    "GoogleVeo31FastRequestData",
    "GoogleVeo31FastRequestDataAspectRatio",
    "GoogleVeo31FastRequestDataDuration",
    "GoogleVeo31FastRequestDataGenerateAudio",
    "GoogleVeo31FastRequestDataResolution",
    "GoogleVeo31Request",
    "GoogleVeo31RequestData",
    "GoogleVeo31RequestDataAspectRatio",
    "GoogleVeo31RequestDataDuration",
    "GoogleVeo31RequestDataGenerateAudio",
    "GoogleVeo31RequestDataResolution",
    "Hailuo02Request",
    "Hailuo02RequestData",
    "Hailuo02RequestDataDuration",
    "Hailuo02RequestDataResolution",
    "Hailuo23Request",
    "Hailuo23RequestData",
    "Hailuo23RequestDataDuration",
    "Hailuo23RequestDataResolution",
    "Imagen4Request",
    "Imagen4RequestData",
    "Imagen4RequestDataCounts",
    "Imagen4RequestDataRatio",
    "Kling21Request",
    "Kling21RequestData",
    "Kling21RequestDataDuration",
    "Kling21RequestDataResolution",
    "Kling25TurboRequest",
    "Kling25TurboRequestData",
    "Kling25TurboRequestDataDuration",
    "Kling25TurboRequestDataResolution",
    "Kling26Request",
    "Kling26RequestData",
    "Kling26RequestDataDuration",
    "Kling26RequestDataGenerateAudio",
    "Kling30Request",
    "Kling30RequestData",
    "Kling30RequestDataDuration",
    "Kling30RequestDataGenerateAudio",
    "Kling30RequestDataMultiShots",
    "Kling30RequestDataResolution",
    "MotionControlKling26Request",
    "MotionControlKling26RequestData",
    "NanoBananaProRequest",
    "NanoBananaProRequestData",
    "NanoBananaProRequestDataRatio",
    "NanoBananaProRequestDataResolution",
    "NanoBananaRequest",
    "NanoBananaRequestData",
    "NanoBananaRequestDataRatio",
    "Seedream40Request",
    "Seedream40RequestData",
    "Seedream40RequestDataRatio",
    "SoulCharacterRequest",
    "SoulCharacterRequestData",
    "SoulCharacterRequestDataRatio",
    "TaskCreated",
    "TaskCreatedEnvelope",
    "TaskOutput",
    "TaskResult",
    "TaskResultEnvelope",
    "TaskResultRequest",
    "TaskStatus",
    "ViduQ2Request",
    "ViduQ2RequestData",
    "ViduQ2RequestDataDuration",
    "ViduQ2RequestDataResolution",
    "ViduQ3Request",
    "ViduQ3RequestData",
    "ViduQ3RequestDataDuration",
    "ViduQ3RequestDataGenerateAudio",
    "ViduQ3RequestDataResolution",
    "ViduQ3TextToVideoRequest",
    "ViduQ3TextToVideoRequestData",
    "ViduQ3TextToVideoRequestDataDuration",
    "ViduQ3TextToVideoRequestDataGenerateAudio",
    "ViduQ3TextToVideoRequestDataRatio",
    "ViduQ3TextToVideoRequestDataResolution",
    "Wan22Request",
    "Wan22RequestData",
    "Wan22RequestDataDuration",
    "Wan22RequestDataResolution",
    "Wan25Request",
    "Wan25RequestData",
    "Wan25RequestDataDuration",
    "Wan25RequestDataResolution",
    "Wan25TextToVideoRequest",
    "Wan25TextToVideoRequestData",
    "Wan25TextToVideoRequestDataDuration",
    "Wan25TextToVideoRequestDataRatio",
    "Wan26Request",
    "Wan26RequestData",
    "Wan26RequestDataDuration",
    "Wan26RequestDataGenerateAudio",
    "Wan26RequestDataResolution",
    "Wan26RequestDataShotType",
    "Wan26TextToVideoRequest",
    "Wan26TextToVideoRequestData",
    "Wan26TextToVideoRequestDataDuration",
    "Wan26TextToVideoRequestDataGenerateAudio",
    "Wan26TextToVideoRequestDataShotType",
    "Wan26TextToVideoRequestDataSize",
)
