"""mediagen: the hand-written overlay on the generated clients of five media generation APIs.

Providers: ``mediagen.seele``, ``mediagen.mediaio``, ``mediagen.fusara``, ``mediagen.killatamata``,
``mediagen.seisoai``. Shared machinery: typed errors,
retries, idempotency, ``wait``, uploads, limits; ``mediagen.testing`` has the stateful mock servers.
"""

from typing import TYPE_CHECKING

from ._auth import *
from ._client import *
from ._drift import *
from ._exceptions import *
from ._ledger import *
from ._retry import *
from ._schema import *
from ._types import *
from ._uploads import *
from ._version import VERSION as _VERSION
from ._wait import *
from ._x402 import *
from .providers import is_provider as _is_provider
from .providers import load as _load_provider

__version__: str = _VERSION

if TYPE_CHECKING:  # what type checkers see; at run time each loads on first use (``__getattr__`` below)
    from .providers import fusara, killatamata, mediaio, seele, seisoai

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPI",
    "AsyncProviderClient",
    "AuthenticationError",
    "BadRequestError",
    "Challenge",
    "ClientOptions",
    "ConflictError",
    "Departure",
    "DriftReport",
    "ErrorInfo",
    "FileSource",
    "InternalServerError",
    "InvalidInputError",
    "Job",
    "JobError",
    "JobFailedError",
    "JobStatus",
    "LEDGER_ENV",
    "Ledger",
    "LedgerError",
    "MAX_PAYMENT_EXTENSION",
    "MediagenAuth",
    "MediagenError",
    "NotFoundError",
    "Operation",
    "PAYMENT_EXTENSION",
    "Payment",
    "PaymentError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollPolicy",
    "Problem",
    "ProgressCallback",
    "Provider",
    "ProviderClient",
    "RateLimitError",
    "RawResponse",
    "RetryTransport",
    "SpecSchema",
    "SyncAPI",
    "UnprocessableEntityError",
    "UploadSession",
    "WaitTimeoutError",
    "WriteRecord",
    "X402Wallet",
    "async_wait",
    "body_digest",
    "build_client",
    "fusara",
    "killatamata",
    "make_status_error",
    "mediaio",
    "parse_challenge",
    "parse_settlement",
    "read_source",
    "seele",
    "seisoai",
    "wait",
]


def __getattr__(name: str) -> object:
    """The provider modules (``mediagen.seele``...) load on first use: ``import mediagen`` stays cheap."""
    if _is_provider(name):
        module = _load_provider(name)
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


for _name in __all__:
    _obj = globals().get(_name)  # None for a provider module: loaded on first use
    if getattr(_obj, "__module__", "").startswith("mediagen._"):
        try:
            _obj.__module__ = "mediagen"
        except (AttributeError, TypeError):  # pragma: no cover - e.g. type aliases
            pass
