from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_model_files_item import AiModelFilesItem


T = TypeVar("T", bound="AiModel")


@_attrs_define
class AiModel:
    """An imported AI model (LoRA).

    Attributes:
        id (int):
        name (str | Unset):
        base_model (str | Unset):
        model_type (str | Unset):
        trained_words (list[str] | Unset):
        files (list[AiModelFilesItem] | Unset):
    """

    id: int
    name: str | Unset = UNSET
    base_model: str | Unset = UNSET
    model_type: str | Unset = UNSET
    trained_words: list[str] | Unset = UNSET
    files: list[AiModelFilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        base_model = self.base_model

        model_type = self.model_type

        trained_words: list[str] | Unset = UNSET
        if not isinstance(self.trained_words, Unset):
            trained_words = self.trained_words

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if base_model is not UNSET:
            field_dict["baseModel"] = base_model
        if model_type is not UNSET:
            field_dict["modelType"] = model_type
        if trained_words is not UNSET:
            field_dict["trainedWords"] = trained_words
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_model_files_item import AiModelFilesItem

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        base_model = d.pop("baseModel", UNSET)

        model_type = d.pop("modelType", UNSET)

        trained_words = cast(list[str], d.pop("trainedWords", UNSET))

        _files = d.pop("files", UNSET)
        files: list[AiModelFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = AiModelFilesItem.from_dict(files_item_data)

                files.append(files_item)

        ai_model = cls(
            id=id,
            name=name,
            base_model=base_model,
            model_type=model_type,
            trained_words=trained_words,
            files=files,
        )

        ai_model.additional_properties = d
        return ai_model

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
