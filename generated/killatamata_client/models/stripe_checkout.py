from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StripeCheckout")


@_attrs_define
class StripeCheckout:
    """
    Attributes:
        session_id (str):
        checkout_url (str):
        package_code (str):
        usd_cents (int):
    """

    session_id: str
    checkout_url: str
    package_code: str
    usd_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        checkout_url = self.checkout_url

        package_code = self.package_code

        usd_cents = self.usd_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "checkoutUrl": checkout_url,
                "packageCode": package_code,
                "usdCents": usd_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        checkout_url = d.pop("checkoutUrl")

        package_code = d.pop("packageCode")

        usd_cents = d.pop("usdCents")

        stripe_checkout = cls(
            session_id=session_id,
            checkout_url=checkout_url,
            package_code=package_code,
            usd_cents=usd_cents,
        )

        stripe_checkout.additional_properties = d
        return stripe_checkout

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
