from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_response_extensions import SettlementResponseExtensions


T = TypeVar("T", bound="SettlementResponse")


@_attrs_define
class SettlementResponse:
    """The x402 v2 SettlementResponse, base64-encoded in the PAYMENT-RESPONSE response header (not a body).

    Attributes:
        success (bool):
        transaction (str): The transaction hash; empty when the settlement failed.
        network (str):
        error_reason (str | Unset):
        payer (str | Unset):
        amount (str | Unset):
        extensions (SettlementResponseExtensions | Unset):
    """

    success: bool
    transaction: str
    network: str
    error_reason: str | Unset = UNSET
    payer: str | Unset = UNSET
    amount: str | Unset = UNSET
    extensions: SettlementResponseExtensions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        transaction = self.transaction

        network = self.network

        error_reason = self.error_reason

        payer = self.payer

        amount = self.amount

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "transaction": transaction,
                "network": network,
            }
        )
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if payer is not UNSET:
            field_dict["payer"] = payer
        if amount is not UNSET:
            field_dict["amount"] = amount
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.settlement_response_extensions import SettlementResponseExtensions

        d = dict(src_dict)
        success = d.pop("success")

        transaction = d.pop("transaction")

        network = d.pop("network")

        error_reason = d.pop("errorReason", UNSET)

        payer = d.pop("payer", UNSET)

        amount = d.pop("amount", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: SettlementResponseExtensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = SettlementResponseExtensions.from_dict(_extensions)

        settlement_response = cls(
            success=success,
            transaction=transaction,
            network=network,
            error_reason=error_reason,
            payer=payer,
            amount=amount,
            extensions=extensions,
        )

        settlement_response.additional_properties = d
        return settlement_response

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
