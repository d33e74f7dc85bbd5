from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_model import AiModel


T = TypeVar("T", bound="AiModelPagedEnvelope")


@_attrs_define
class AiModelPagedEnvelope:
    """
    Attributes:
        data (list[AiModel]):
        status_code (int | Unset):
        succeeded (bool | Unset): true on success (section 3.1).
        status_code_int (int | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        total_pages (int | Unset):
        total_records (int | Unset):
    """

    data: list[AiModel]
    status_code: int | Unset = UNSET
    succeeded: bool | Unset = UNSET
    status_code_int: int | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        status_code = self.status_code

        succeeded = self.succeeded

        status_code_int = self.status_code_int

        page_number = self.page_number

        page_size = self.page_size

        total_pages = self.total_pages

        total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if status_code_int is not UNSET:
            field_dict["statusCodeInt"] = status_code_int
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_model import AiModel

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AiModel.from_dict(data_item_data)

            data.append(data_item)

        status_code = d.pop("statusCode", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        status_code_int = d.pop("statusCodeInt", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        total_records = d.pop("totalRecords", UNSET)

        ai_model_paged_envelope = cls(
            data=data,
            status_code=status_code,
            succeeded=succeeded,
            status_code_int=status_code_int,
            page_number=page_number,
            page_size=page_size,
            total_pages=total_pages,
            total_records=total_records,
        )

        ai_model_paged_envelope.additional_properties = d
        return ai_model_paged_envelope

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
