from enum import StrEnum


class MediaTask(StrEnum):
    ACE_STEP_CREATE = "ace.step.create"
    AUDIO_ANNOTATION_REFERENCE = "audio.annotation.reference"
    AUDIO_SPEAK = "audio.speak"
    IMAGE_EDIT = "image.edit"
    IMAGE_GENERATE = "image.generate"
    MOSS_SOUND_EFFECT = "moss.sound.effect"
    TRELLIS_GENERATE = "trellis.generate"
    VIDEO_COMBINE = "video.combine"
    VIDEO_GENERATE = "video.generate"

    def __str__(self) -> str:
        return str(self.value)
