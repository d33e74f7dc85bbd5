from enum import StrEnum


class InlineAudioMimeType(StrEnum):
    AUDIOAAC = "audio/aac"
    AUDIOFLAC = "audio/flac"
    AUDIOMP3 = "audio/mp3"
    AUDIOMP4 = "audio/mp4"
    AUDIOMPEG = "audio/mpeg"
    AUDIOOGG = "audio/ogg"
    AUDIOOPUS = "audio/opus"
    AUDIOWAV = "audio/wav"
    AUDIOWAVE = "audio/wave"
    AUDIOWEBM = "audio/webm"
    AUDIOX_FLAC = "audio/x-flac"
    AUDIOX_WAV = "audio/x-wav"

    def __str__(self) -> str:
        return str(self.value)
