from enum import StrEnum


class ExecutionMode(StrEnum):
    QUEUE = "queue"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
