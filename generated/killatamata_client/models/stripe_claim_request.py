from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StripeClaimRequest")


@_attrs_define
class StripeClaimRequest:
    """
    Attributes:
        session_id (str): The Stripe checkout session id, e.g. cs_test_...
    """

    session_id: str

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sessionId": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        stripe_claim_request = cls(
            session_id=session_id,
        )

        return stripe_claim_request
