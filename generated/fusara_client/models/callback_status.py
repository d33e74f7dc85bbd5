from enum import IntEnum


class CallbackStatus(IntEnum):
    SUCCEEDED = 100
    FAILED = 200

    def __str__(self) -> str:
        return str(self.value)
