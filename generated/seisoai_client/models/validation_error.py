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
    from ..models.tool_input_schema import ToolInputSchema


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """A 400 of an invoke route.

    Attributes:
        success (Literal[False]):
        error (str):
        validation_errors (list[str] | Unset):
        schema (ToolInputSchema | Unset): A tool's input schema as the registry holds it (JSON Schema, type object).
        available_tools (list[str] | Unset):
    """

    success: Literal[False]
    error: str
    validation_errors: list[str] | Unset = UNSET
    schema: ToolInputSchema | Unset = UNSET
    available_tools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        validation_errors: list[str] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        available_tools: list[str] | Unset = UNSET
        if not isinstance(self.available_tools, Unset):
            available_tools = self.available_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )
        if validation_errors is not UNSET:
            field_dict["validationErrors"] = validation_errors
        if schema is not UNSET:
            field_dict["schema"] = schema
        if available_tools is not UNSET:
            field_dict["availableTools"] = available_tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_input_schema import ToolInputSchema

        d = dict(src_dict)
        success = cast(Literal[False], d.pop("success"))
        if success != False:
            raise ValueError(f"success must match const False, got '{success}'")

        error = d.pop("error")

        validation_errors = cast(list[str], d.pop("validationErrors", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: ToolInputSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ToolInputSchema.from_dict(_schema)

        available_tools = cast(list[str], d.pop("availableTools", UNSET))

        validation_error = cls(
            success=success,
            error=error,
            validation_errors=validation_errors,
            schema=schema,
            available_tools=available_tools,
        )

        validation_error.additional_properties = d
        return validation_error

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
