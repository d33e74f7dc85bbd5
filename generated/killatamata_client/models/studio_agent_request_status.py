from enum import StrEnum


class StudioAgentRequestStatus(StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"
    FAILED = "failed"
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
