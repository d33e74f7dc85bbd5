from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_lip_sync_input_preprocess import AudioLipSyncInputPreprocess
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioLipSyncInput")


@_attrs_define
class AudioLipSyncInput:
    """SadTalker - Lip Sync (audio.lip-sync): Generate a talking-head video from a portrait image and audio. The face will
    lip-sync to the provided audio.

        Attributes:
            face_image_url (str): URL of the portrait/face image
            audio_url (str): URL of the audio to lip-sync to
            still_mode (bool | Unset): Minimal head movement Default: False.
            preprocess (AudioLipSyncInputPreprocess | Unset): Face preprocessing Default: AudioLipSyncInputPreprocess.CROP.
    """

    face_image_url: str
    audio_url: str
    still_mode: bool | Unset = False
    preprocess: AudioLipSyncInputPreprocess | Unset = AudioLipSyncInputPreprocess.CROP
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_image_url = self.face_image_url

        audio_url = self.audio_url

        still_mode = self.still_mode

        preprocess: str | Unset = UNSET
        if not isinstance(self.preprocess, Unset):
            preprocess = self.preprocess.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "face_image_url": face_image_url,
                "audio_url": audio_url,
            }
        )
        if still_mode is not UNSET:
            field_dict["still_mode"] = still_mode
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        face_image_url = d.pop("face_image_url")

        audio_url = d.pop("audio_url")

        still_mode = d.pop("still_mode", UNSET)

        _preprocess = d.pop("preprocess", UNSET)
        preprocess: AudioLipSyncInputPreprocess | Unset
        if isinstance(_preprocess, Unset):
            preprocess = UNSET
        else:
            preprocess = AudioLipSyncInputPreprocess(_preprocess)

        audio_lip_sync_input = cls(
            face_image_url=face_image_url,
            audio_url=audio_url,
            still_mode=still_mode,
            preprocess=preprocess,
        )

        audio_lip_sync_input.additional_properties = d
        return audio_lip_sync_input

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
