from enum import StrEnum


class TaskStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    TIMEOUT = "timeout"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
