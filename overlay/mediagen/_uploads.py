"""Uploads: the provider-agnostic half of "create a session, PUT the bytes, keep the file id"."""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from ._exceptions import InvalidInputError, MediagenError, make_status_error

__all__ = ["FileSource", "UploadSession", "encode_inputs", "inline_base64", "read_source"]

#: Media types some platforms' tables lack (Debian's /etc/mime.types has no .opus, for one).
_MEDIA_TYPES = {".opus": "audio/opus", ".flac": "audio/flac", ".m4a": "audio/mp4", ".aac": "audio/aac",
                ".weba": "audio/webm", ".webp": "image/webp", ".ogg": "audio/ogg", ".wav": "audio/wav"}  # fmt: skip

#: What ``upload()`` accepts: a path, or the bytes themselves.
FileSource = str | os.PathLike[str] | bytes


@dataclass(frozen=True)
class Payload:
    data: bytes
    filename: str
    content_type: str


@dataclass(frozen=True)
class UploadSession:
    """A provider's answer to "I want to upload": where to PUT, with which headers, until when."""

    file_id: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    expires_at: datetime | None = None
    size: int | None = None

    def request(self, payload: Payload, *, provider: str) -> httpx.Request:
        """The PUT to send, after checking the session still fits the bytes and has not expired."""
        if self.size is not None and self.size != len(payload.data):
            raise MediagenError(
                f"{provider} upload session {self.file_id} declared {self.size} bytes but the file has "
                f"{len(payload.data)}: not uploading"
            )
        expires = self.expires_at
        if expires is not None and expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)  # a time without a zone is taken as UTC
        if expires is not None and datetime.now(UTC) >= expires:
            raise MediagenError(f"{provider} upload URL for {self.file_id} expired at {expires.isoformat()}")
        headers = self.headers or {"Content-Type": payload.content_type}
        # A presigned URL carries its own credentials: no Authorization header goes with it.
        return httpx.Request("PUT", self.url, headers=headers, content=payload.data)

    def check(self, response: httpx.Response, *, provider: str) -> str:
        if not response.is_success:
            message = f"upload of {self.file_id} refused: {response.text[:200]}"
            raise make_status_error(response, provider=provider, code=None, message=message, body=response.text)
        return self.file_id


def read_source(source: FileSource, *, filename: str | None = None, content_type: str | None = None) -> Payload:
    """Bytes, a name and a MIME type from a path or from bytes."""
    if isinstance(source, bytes):
        data, name = source, filename or "upload.bin"
    else:
        path = Path(source)
        if not path.is_file():
            raise InvalidInputError("source", "exists", f"{path} is not a file")
        data, name = path.read_bytes(), filename or path.name
    if not data:
        raise InvalidInputError("source", "size", "the file is empty")
    guessed = _MEDIA_TYPES.get(os.path.splitext(name)[1].lower()) or mimetypes.guess_type(name)[0]
    return Payload(data, name, content_type or guessed or "application/octet-stream")


def encode_inputs(value: object, encode: Callable[[Payload, str], object], path: str = "input") -> object:
    """``value`` with every local file in it (an ``os.PathLike``, at any depth of dicts and lists) replaced by
    ``encode(payload, field)``, e.g. an inline ``{dataBase64, mimeType}`` object. Strings are left alone: a string
    is a URL to the provider, never a path, so nothing is read from disk by accident."""
    if isinstance(value, os.PathLike):
        return encode(read_source(value), path)
    if isinstance(value, dict):
        return {k: encode_inputs(v, encode, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode_inputs(v, encode, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def inline_base64(payload: Payload, field: str, *, max_bytes: int) -> dict[str, str]:
    """The ``{dataBase64, mimeType}`` object several providers take for inline media, size-checked first."""
    if len(payload.data) > max_bytes:
        raise InvalidInputError(
            field,
            "size",
            f"{payload.filename} has {len(payload.data):,} bytes; inline media "
            f"may have at most {max_bytes:,} (pass a URL for larger files)",
        )
    return {"dataBase64": base64.b64encode(payload.data).decode("ascii"), "mimeType": payload.content_type}
