from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CryptoClaimRequest")


@_attrs_define
class CryptoClaimRequest:
    """
    Attributes:
        charge_id (str):
    """

    charge_id: str

    def to_dict(self) -> dict[str, Any]:
        charge_id = self.charge_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chargeId": charge_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charge_id = d.pop("chargeId")

        crypto_claim_request = cls(
            charge_id=charge_id,
        )

        return crypto_claim_request
