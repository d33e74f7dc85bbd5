from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate_commission import AffiliateCommission


T = TypeVar("T", bound="AffiliateCommissionList")


@_attrs_define
class AffiliateCommissionList:
    """
    Attributes:
        commissions (list[AffiliateCommission]):
    """

    commissions: list[AffiliateCommission]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commissions = []
        for commissions_item_data in self.commissions:
            commissions_item = commissions_item_data.to_dict()
            commissions.append(commissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commissions": commissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_commission import AffiliateCommission

        d = dict(src_dict)
        commissions = []
        _commissions = d.pop("commissions")
        for commissions_item_data in _commissions:
            commissions_item = AffiliateCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

        affiliate_commission_list = cls(
            commissions=commissions,
        )

        affiliate_commission_list.additional_properties = d
        return affiliate_commission_list

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
