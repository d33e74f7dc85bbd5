from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_required_extensions import PaymentRequiredExtensions
    from ..models.payment_requirements import PaymentRequirements
    from ..models.payment_resource import PaymentResource


T = TypeVar("T", bound="PaymentRequired")


@_attrs_define
class PaymentRequired:
    """The x402 v2 challenge (PaymentRequired), in the PAYMENT-REQUIRED header (base64) and as the 402 body.

    Attributes:
        x_402_version (Literal[2]):
        resource (PaymentResource): x402 v2 ResourceInfo.
        accepts (list[PaymentRequirements]):
        error (str | Unset):
        extensions (PaymentRequiredExtensions | Unset):
    """

    x_402_version: Literal[2]
    resource: PaymentResource
    accepts: list[PaymentRequirements]
    error: str | Unset = UNSET
    extensions: PaymentRequiredExtensions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        resource = self.resource.to_dict()

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item = accepts_item_data.to_dict()
            accepts.append(accepts_item)

        error = self.error

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x402Version": x_402_version,
                "resource": resource,
                "accepts": accepts,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_required_extensions import PaymentRequiredExtensions
        from ..models.payment_requirements import PaymentRequirements
        from ..models.payment_resource import PaymentResource

        d = dict(src_dict)
        x_402_version = cast(Literal[2], d.pop("x402Version"))
        if x_402_version != 2:
            raise ValueError(f"x402Version must match const 2, got '{x_402_version}'")

        resource = PaymentResource.from_dict(d.pop("resource"))

        accepts = []
        _accepts = d.pop("accepts")
        for accepts_item_data in _accepts:
            accepts_item = PaymentRequirements.from_dict(accepts_item_data)

            accepts.append(accepts_item)

        error = d.pop("error", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: PaymentRequiredExtensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = PaymentRequiredExtensions.from_dict(_extensions)

        payment_required = cls(
            x_402_version=x_402_version,
            resource=resource,
            accepts=accepts,
            error=error,
            extensions=extensions,
        )

        payment_required.additional_properties = d
        return payment_required

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
