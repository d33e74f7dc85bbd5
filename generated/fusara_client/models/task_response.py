from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_category import ErrorCategory
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_item import MediaItem


T = TypeVar("T", bound="TaskResponse")


@_attrs_define
class TaskResponse:
    """GenerateMediaTaskSimpleResponse (section 3.4).

    Attributes:
        task_id (int): Unique task identifier (uint).
        workflow_status_id (int | WorkflowStatus):
        images (list[MediaItem] | Unset): Generated media (images, video or audio); empty until the task succeeded.
        error_category_id (ErrorCategory | None | Unset):
        error_code (None | str | Unset): Provider-specific error code.
        user_standard_message (None | str | Unset): Short error description.
        user_detailed_message (None | str | Unset): Detailed error description.
    """

    task_id: int
    workflow_status_id: int | WorkflowStatus
    images: list[MediaItem] | Unset = UNSET
    error_category_id: ErrorCategory | None | Unset = UNSET
    error_code: None | str | Unset = UNSET
    user_standard_message: None | str | Unset = UNSET
    user_detailed_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        workflow_status_id: int
        if isinstance(self.workflow_status_id, WorkflowStatus):
            workflow_status_id = self.workflow_status_id.value
        else:
            workflow_status_id = self.workflow_status_id

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        error_category_id: int | None | Unset
        if isinstance(self.error_category_id, Unset):
            error_category_id = UNSET
        elif isinstance(self.error_category_id, ErrorCategory):
            error_category_id = self.error_category_id.value
        else:
            error_category_id = self.error_category_id

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        user_standard_message: None | str | Unset
        if isinstance(self.user_standard_message, Unset):
            user_standard_message = UNSET
        else:
            user_standard_message = self.user_standard_message

        user_detailed_message: None | str | Unset
        if isinstance(self.user_detailed_message, Unset):
            user_detailed_message = UNSET
        else:
            user_detailed_message = self.user_detailed_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "workflowStatusId": workflow_status_id,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if error_category_id is not UNSET:
            field_dict["errorCategoryId"] = error_category_id
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if user_standard_message is not UNSET:
            field_dict["userStandardMessage"] = user_standard_message
        if user_detailed_message is not UNSET:
            field_dict["userDetailedMessage"] = user_detailed_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_item import MediaItem

        d = dict(src_dict)
        task_id = d.pop("taskId")

        def _parse_workflow_status_id(data: object) -> int | WorkflowStatus:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                workflow_status_id_type_0 = WorkflowStatus(data)

                return workflow_status_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | WorkflowStatus, data)

        workflow_status_id = _parse_workflow_status_id(d.pop("workflowStatusId"))

        _images = d.pop("images", UNSET)
        images: list[MediaItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = MediaItem.from_dict(images_item_data)

                images.append(images_item)

        def _parse_error_category_id(data: object) -> ErrorCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                error_category_id_type_0 = ErrorCategory(data)

                return error_category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCategory | None | Unset, data)

        error_category_id = _parse_error_category_id(d.pop("errorCategoryId", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        def _parse_user_standard_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_standard_message = _parse_user_standard_message(
            d.pop("userStandardMessage", UNSET)
        )

        def _parse_user_detailed_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_detailed_message = _parse_user_detailed_message(
            d.pop("userDetailedMessage", UNSET)
        )

        task_response = cls(
            task_id=task_id,
            workflow_status_id=workflow_status_id,
            images=images,
            error_category_id=error_category_id,
            error_code=error_code,
            user_standard_message=user_standard_message,
            user_detailed_message=user_detailed_message,
        )

        task_response.additional_properties = d
        return task_response

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
