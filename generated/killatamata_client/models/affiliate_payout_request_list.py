from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate_payout_eligibility import AffiliatePayoutEligibility
    from ..models.affiliate_payout_request import AffiliatePayoutRequest


T = TypeVar("T", bound="AffiliatePayoutRequestList")


@_attrs_define
class AffiliatePayoutRequestList:
    """
    Attributes:
        payout_requests (list[AffiliatePayoutRequest]):
        eligibility (AffiliatePayoutEligibility):
    """

    payout_requests: list[AffiliatePayoutRequest]
    eligibility: AffiliatePayoutEligibility
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout_requests = []
        for payout_requests_item_data in self.payout_requests:
            payout_requests_item = payout_requests_item_data.to_dict()
            payout_requests.append(payout_requests_item)

        eligibility = self.eligibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payoutRequests": payout_requests,
                "eligibility": eligibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_payout_eligibility import AffiliatePayoutEligibility
        from ..models.affiliate_payout_request import AffiliatePayoutRequest

        d = dict(src_dict)
        payout_requests = []
        _payout_requests = d.pop("payoutRequests")
        for payout_requests_item_data in _payout_requests:
            payout_requests_item = AffiliatePayoutRequest.from_dict(
                payout_requests_item_data
            )

            payout_requests.append(payout_requests_item)

        eligibility = AffiliatePayoutEligibility.from_dict(d.pop("eligibility"))

        affiliate_payout_request_list = cls(
            payout_requests=payout_requests,
            eligibility=eligibility,
        )

        affiliate_payout_request_list.additional_properties = d
        return affiliate_payout_request_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
