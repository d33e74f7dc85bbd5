from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_event_data import ProviderEventData


T = TypeVar("T", bound="ProviderEvent")


@_attrs_define
class ProviderEvent:
    """A payment provider's event, as the provider sends it (open).

    Attributes:
        type_ (str): E.g. checkout.session.completed (Stripe), charge:confirmed (Coinbase).
        data (ProviderEventData):
        id (str | Unset):
    """

    type_: str
    data: ProviderEventData
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.provider_event_data import ProviderEventData

        d = dict(src_dict)
        type_ = d.pop("type")

        data = ProviderEventData.from_dict(d.pop("data"))

        id = d.pop("id", UNSET)

        provider_event = cls(
            type_=type_,
            data=data,
            id=id,
        )

        provider_event.additional_properties = d
        return provider_event

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
