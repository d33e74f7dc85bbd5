from enum import StrEnum


class WebhookAckStatus(StrEnum):
    DELIVERED = "delivered"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
