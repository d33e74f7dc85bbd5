"""Uploads: the provider-agnostic half of "create a session, PUT the bytes, keep the file id"."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from ._exceptions import InvalidInputError, MediagenError, make_status_error

__all__ = ["FileSource", "UploadSession", "read_source"]

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
    guessed = mimetypes.guess_type(name)[0]
    return Payload(data, name, content_type or guessed or "application/octet-stream")
