from enum import StrEnum


class JobStatus(StrEnum):
    FINISHED = "finished"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
