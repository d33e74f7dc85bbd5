from enum import IntEnum


class WorkflowStatus(IntEnum):
    INITIAL = 10
    PROCESSING = 20
    SUCCEEDED = 100
    FAILED = 200

    def __str__(self) -> str:
        return str(self.value)
