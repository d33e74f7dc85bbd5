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
    from ..models.payment_payload_extensions import PaymentPayloadExtensions
    from ..models.payment_payload_payload import PaymentPayloadPayload
    from ..models.payment_requirements import PaymentRequirements
    from ..models.payment_resource import PaymentResource


T = TypeVar("T", bound="PaymentPayload")


@_attrs_define
class PaymentPayload:
    """The x402 v2 PaymentPayload, base64-encoded in the PAYMENT-SIGNATURE request header (not a body).

    Attributes:
        x_402_version (Literal[2]):
        accepted (PaymentRequirements): One acceptable payment of an x402 v2 challenge.
        payload (PaymentPayloadPayload): Scheme data; for exact on EVM: {signature, authorization: {from, to, value,
            validAfter, validBefore, nonce}}.
        resource (PaymentResource | Unset): x402 v2 ResourceInfo.
        extensions (PaymentPayloadExtensions | Unset):
    """

    x_402_version: Literal[2]
    accepted: PaymentRequirements
    payload: PaymentPayloadPayload
    resource: PaymentResource | Unset = UNSET
    extensions: PaymentPayloadExtensions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        accepted = self.accepted.to_dict()

        payload = self.payload.to_dict()

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x402Version": x_402_version,
                "accepted": accepted,
                "payload": payload,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_payload_extensions import PaymentPayloadExtensions
        from ..models.payment_payload_payload import PaymentPayloadPayload
        from ..models.payment_requirements import PaymentRequirements
        from ..models.payment_resource import PaymentResource

        d = dict(src_dict)
        x_402_version = cast(Literal[2], d.pop("x402Version"))
        if x_402_version != 2:
            raise ValueError(f"x402Version must match const 2, got '{x_402_version}'")

        accepted = PaymentRequirements.from_dict(d.pop("accepted"))

        payload = PaymentPayloadPayload.from_dict(d.pop("payload"))

        _resource = d.pop("resource", UNSET)
        resource: PaymentResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = PaymentResource.from_dict(_resource)

        _extensions = d.pop("extensions", UNSET)
        extensions: PaymentPayloadExtensions | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = PaymentPayloadExtensions.from_dict(_extensions)

        payment_payload = cls(
            x_402_version=x_402_version,
            accepted=accepted,
            payload=payload,
            resource=resource,
            extensions=extensions,
        )

        payment_payload.additional_properties = d
        return payment_payload

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
