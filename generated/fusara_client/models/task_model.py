from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskModel")


@_attrs_define
class TaskModel:
    """A LoRA to apply (section 8.3); ModelId (preferred, from import model) or ModelUrl (CivitAI, auto-imported).

    Example:
        {'Strength': 0.8, 'ModelId': 999}

    Attributes:
        strength (float | Unset): Model weight/strength.
        model_id (int | Unset): Pre-uploaded model id (preferred).
        model_url (str | Unset): Civitai URL (auto-imported, slower).
    """

    strength: float | Unset = UNSET
    model_id: int | Unset = UNSET
    model_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strength = self.strength

        model_id = self.model_id

        model_url = self.model_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strength is not UNSET:
            field_dict["Strength"] = strength
        if model_id is not UNSET:
            field_dict["ModelId"] = model_id
        if model_url is not UNSET:
            field_dict["ModelUrl"] = model_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        strength = d.pop("Strength", UNSET)

        model_id = d.pop("ModelId", UNSET)

        model_url = d.pop("ModelUrl", UNSET)

        task_model = cls(
            strength=strength,
            model_id=model_id,
            model_url=model_url,
        )

        task_model.additional_properties = d
        return task_model

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
