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
    from ..models.x402_agent_ref import X402AgentRef
    from ..models.x402_resource import X402Resource


T = TypeVar("T", bound="X402Challenge")


@_attrs_define
class X402Challenge:
    """The x402 challenge exactly as Seisoai sends it (body, and base64 in PAYMENT-REQUIRED).

    Attributes:
        x_402_version (Literal[2]):
        error (str):
        resource (X402Resource):
        accepts (list[Any]):
        agent (X402AgentRef | Unset): The agent being paid for (agent-scoped routes only).
    """

    x_402_version: Literal[2]
    error: str
    resource: X402Resource
    accepts: list[Any]
    agent: X402AgentRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_402_version = self.x_402_version

        error = self.error

        resource = self.resource.to_dict()

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item: Any
            accepts_item = accepts_item_data
            accepts.append(accepts_item)

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x402Version": x_402_version,
                "error": error,
                "resource": resource,
                "accepts": accepts,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_agent_ref import X402AgentRef
        from ..models.x402_resource import X402Resource

        d = dict(src_dict)
        x_402_version = cast(Literal[2], d.pop("x402Version"))
        if x_402_version != 2:
            raise ValueError(f"x402Version must match const 2, got '{x_402_version}'")

        error = d.pop("error")

        resource = X402Resource.from_dict(d.pop("resource"))

        accepts = []
        _accepts = d.pop("accepts")
        for accepts_item_data in _accepts:

            def _parse_accepts_item(data: object) -> Any:
                return cast(Any, data)

            accepts_item = _parse_accepts_item(accepts_item_data)

            accepts.append(accepts_item)

        _agent = d.pop("agent", UNSET)
        agent: X402AgentRef | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = X402AgentRef.from_dict(_agent)

        x402_challenge = cls(
            x_402_version=x_402_version,
            error=error,
            resource=resource,
            accepts=accepts,
            agent=agent,
        )

        x402_challenge.additional_properties = d
        return x402_challenge

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
