from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.soul_character_request_data import SoulCharacterRequestData


T = TypeVar("T", bound="SoulCharacterRequest")


@_attrs_define
class SoulCharacterRequest:
    """Body of soul_character: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (SoulCharacterRequestData):
    """

    data: SoulCharacterRequestData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.soul_character_request_data import SoulCharacterRequestData

        d = dict(src_dict)
        data = SoulCharacterRequestData.from_dict(d.pop("data"))

        soul_character_request = cls(
            data=data,
        )

        return soul_character_request
