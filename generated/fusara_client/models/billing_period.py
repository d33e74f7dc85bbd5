from enum import IntEnum


class BillingPeriod(IntEnum):
    MONTHLY = 0
    ANNUAL = 1

    def __str__(self) -> str:
        return str(self.value)
