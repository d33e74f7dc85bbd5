"""Contains all the data models used in inputs/outputs"""

from .artifact import Artifact
from .create_file_request import CreateFileRequest
from .engine import Engine
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .file_envelope import FileEnvelope
from .file_upload import FileUpload
from .file_upload_upload_headers import FileUploadUploadHeaders
from .job import Job
from .job_accepted import JobAccepted
from .job_accepted_envelope import JobAcceptedEnvelope
from .job_envelope import JobEnvelope
from .job_request import JobRequest
from .job_status import JobStatus
from .meta import Meta
from .model import Model

__all__ = (
    "Artifact",
    "CreateFileRequest",
    "Engine",
    "ErrorDetail",
    "ErrorEnvelope",
    "FileEnvelope",
    "FileUpload",
    "FileUploadUploadHeaders",
    "Job",
    "JobAccepted",
    "JobAcceptedEnvelope",
    "JobEnvelope",
    "JobRequest",
    "JobStatus",
    "Meta",
    "Model",
)
