"""Killa Tamata's inline media: a local file becomes the ``{dataBase64, mimeType}`` object the API takes, within
the document's limits (reference audio for a cloned voice: at most 10 s)."""

from __future__ import annotations

import io
import wave

from .._exceptions import InvalidInputError
from .._uploads import Payload, inline_base64

__all__ = ["CLONE_MAX_SECONDS", "INLINE_MAX_BYTES", "inline"]

#: Inline media (``{dataBase64, mimeType}``) larger than this is refused: the document gives no limit, and a file
#: this size belongs at a URL (inline payloads are staged on the provider's CDN anyway).
INLINE_MAX_BYTES = 20 * 1024 * 1024
#: audio.speak voice_clone: "do not send more than 10s" of reference audio.
CLONE_MAX_SECONDS = 10.0


def inline(payload: Payload, field: str) -> dict[str, str]:
    """A local file as the inline ``{dataBase64, mimeType}`` object the API takes for images and audio."""
    if field.endswith("referenceAudio") and payload.content_type in ("audio/wav", "audio/x-wav", "audio/wave"):
        with wave.open(io.BytesIO(payload.data)) as clip:
            seconds = clip.getnframes() / float(clip.getframerate())
        if seconds > CLONE_MAX_SECONDS:
            raise InvalidInputError(
                field,
                "maxSeconds",
                f"{payload.filename} lasts {seconds:.1f}s; reference audio "
                f"may last at most {CLONE_MAX_SECONDS:g}s (3–6 s works best)",
            )
    return inline_base64(payload, field, max_bytes=INLINE_MAX_BYTES)
