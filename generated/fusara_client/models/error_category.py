from enum import IntEnum


class ErrorCategory(IntEnum):
    UNKNOWN = 0
    QUOTA_EXCEEDED = 1
    CONTENT_MODERATION = 2
    INVALID_INPUT = 3
    PROVIDER_ERROR = 4
    TIMEOUT = 5

    def __str__(self) -> str:
        return str(self.value)
