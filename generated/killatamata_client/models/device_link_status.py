from enum import StrEnum


class DeviceLinkStatus(StrEnum):
    APPROVED = "approved"
    CONSUMED = "consumed"
    EXPIRED = "expired"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
