from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_info_authentication import GatewayInfoAuthentication
    from ..models.gateway_info_categories_item import GatewayInfoCategoriesItem
    from ..models.gateway_info_endpoints import GatewayInfoEndpoints
    from ..models.gateway_info_protocols import GatewayInfoProtocols


T = TypeVar("T", bound="GatewayInfo")


@_attrs_define
class GatewayInfo:
    """
    Attributes:
        name (str):
        version (str):
        endpoints (GatewayInfoEndpoints): Route list by group (discovery, invocation, agents, jobs).
        description (str | Unset):
        tool_count (int | Unset): Enabled tools.
        categories (list[GatewayInfoCategoriesItem] | Unset):
        protocols (GatewayInfoProtocols | Unset): mcp, x402 and erc8004 support.
        authentication (GatewayInfoAuthentication | Unset):
    """

    name: str
    version: str
    endpoints: GatewayInfoEndpoints
    description: str | Unset = UNSET
    tool_count: int | Unset = UNSET
    categories: list[GatewayInfoCategoriesItem] | Unset = UNSET
    protocols: GatewayInfoProtocols | Unset = UNSET
    authentication: GatewayInfoAuthentication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        endpoints = self.endpoints.to_dict()

        description = self.description

        tool_count = self.tool_count

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        protocols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocols, Unset):
            protocols = self.protocols.to_dict()

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "endpoints": endpoints,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tool_count is not UNSET:
            field_dict["toolCount"] = tool_count
        if categories is not UNSET:
            field_dict["categories"] = categories
        if protocols is not UNSET:
            field_dict["protocols"] = protocols
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_info_authentication import GatewayInfoAuthentication
        from ..models.gateway_info_categories_item import GatewayInfoCategoriesItem
        from ..models.gateway_info_endpoints import GatewayInfoEndpoints
        from ..models.gateway_info_protocols import GatewayInfoProtocols

        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        endpoints = GatewayInfoEndpoints.from_dict(d.pop("endpoints"))

        description = d.pop("description", UNSET)

        tool_count = d.pop("toolCount", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[GatewayInfoCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = GatewayInfoCategoriesItem.from_dict(
                    categories_item_data
                )

                categories.append(categories_item)

        _protocols = d.pop("protocols", UNSET)
        protocols: GatewayInfoProtocols | Unset
        if isinstance(_protocols, Unset):
            protocols = UNSET
        else:
            protocols = GatewayInfoProtocols.from_dict(_protocols)

        _authentication = d.pop("authentication", UNSET)
        authentication: GatewayInfoAuthentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = GatewayInfoAuthentication.from_dict(_authentication)

        gateway_info = cls(
            name=name,
            version=version,
            endpoints=endpoints,
            description=description,
            tool_count=tool_count,
            categories=categories,
            protocols=protocols,
            authentication=authentication,
        )

        gateway_info.additional_properties = d
        return gateway_info

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
