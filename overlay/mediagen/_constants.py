import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRY_JITTER",
]

#: Read timeout generous enough for generation endpoints; connecting should be quick.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Retries after the first try (openai's default).
DEFAULT_MAX_RETRIES = 2
#: Backoff is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)`` with up to RETRY_JITTER taken off.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
#: A server's Retry-After is obeyed up to this many seconds; a longer hint is cut to this.
MAX_RETRY_AFTER = 60.0
