from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.billing_period import BillingPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubscriptionRequest")


@_attrs_define
class CreateSubscriptionRequest:
    """
    Attributes:
        email (str): The user's email. Checked by pattern, not `format: email`: datamodel-code-generator turns that
            format into pydantic's EmailStr, which needs the email-validator package that this project does not install.
        plan_id (str):
        billing_period_id (BillingPeriod | Unset):
    """

    email: str
    plan_id: str
    billing_period_id: BillingPeriod | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        plan_id = self.plan_id

        billing_period_id: int | Unset = UNSET
        if not isinstance(self.billing_period_id, Unset):
            billing_period_id = self.billing_period_id.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Email": email,
                "PlanId": plan_id,
            }
        )
        if billing_period_id is not UNSET:
            field_dict["BillingPeriodId"] = billing_period_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("Email")

        plan_id = d.pop("PlanId")

        _billing_period_id = d.pop("BillingPeriodId", UNSET)
        billing_period_id: BillingPeriod | Unset
        if isinstance(_billing_period_id, Unset):
            billing_period_id = UNSET
        else:
            billing_period_id = BillingPeriod(_billing_period_id)

        create_subscription_request = cls(
            email=email,
            plan_id=plan_id,
            billing_period_id=billing_period_id,
        )

        return create_subscription_request
