from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_schema_info import GatewaySchemaInfo
    from ..models.gateway_schema_paths import GatewaySchemaPaths


T = TypeVar("T", bound="GatewaySchema")


@_attrs_define
class GatewaySchema:
    """
    Attributes:
        openapi (str):
        paths (GatewaySchemaPaths): One POST /api/gateway/invoke/<toolId> per enabled tool.
        info (GatewaySchemaInfo | Unset):
    """

    openapi: str
    paths: GatewaySchemaPaths
    info: GatewaySchemaInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openapi = self.openapi

        paths = self.paths.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openapi": openapi,
                "paths": paths,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_schema_info import GatewaySchemaInfo
        from ..models.gateway_schema_paths import GatewaySchemaPaths

        d = dict(src_dict)
        openapi = d.pop("openapi")

        paths = GatewaySchemaPaths.from_dict(d.pop("paths"))

        _info = d.pop("info", UNSET)
        info: GatewaySchemaInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = GatewaySchemaInfo.from_dict(_info)

        gateway_schema = cls(
            openapi=openapi,
            paths=paths,
            info=info,
        )

        gateway_schema.additional_properties = d
        return gateway_schema

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
