"""Uploads: sources, size and expiry checks, what the mock refuses. The PUT itself (the session's headers, no
credentials, retried) is in tests/test_behaviour.py for every client that uploads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import mediagen
import pytest
from mediagen import UploadSession, read_source, seele
from mediagen.testing import MockEngine


def test_mime_type_guessed_from_path_or_given(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"....")
    assert read_source(path).content_type == "video/mp4"
    assert read_source(b"x", filename="a.bin", content_type="image/png").content_type == "image/png"
    assert read_source(b"x").content_type == "application/octet-stream"


def test_empty_and_missing_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(mediagen.InvalidInputError, match="empty"):
        read_source(b"")
    with pytest.raises(mediagen.InvalidInputError, match="not a file"):
        read_source(tmp_path / "missing.png")


def test_declared_size_is_checked_before_the_put() -> None:
    session = UploadSession("f1", "https://up/f1", size=10)
    with pytest.raises(mediagen.MediagenError, match="declared 10 bytes"):
        session.request(read_source(b"12345", filename="a.png"), provider="seele")


def test_expired_session_is_not_used() -> None:
    session = UploadSession("f1", "https://up/f1", expires_at=datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(mediagen.MediagenError, match="expired"):
        session.request(read_source(b"x", filename="a.png"), provider="seele")


def test_mock_refuses_a_put_after_expiry(api: seele.Seele, seele_mock: MockEngine) -> None:
    """The mock's clock runs past the URL's expiry between session and PUT: storage answers 403."""
    original = api._put

    def late_put(session, payload):  # type: ignore[no-untyped-def]
        seele_mock.clock.advance(seele_mock.provider.upload_ttl + 1)
        return original(session, payload)

    api._put = late_put  # type: ignore[method-assign]
    with pytest.raises(mediagen.PermissionDeniedError, match="expired"):
        api.upload(b"abc", filename="a.png")
    assert not any(f.uploaded for f in seele_mock.provider.files.values() if f.token)


def test_file_never_uploaded_cannot_be_used(api: seele.Seele, seele_mock: MockEngine) -> None:
    from seele_client.api.default import create_file
    from seele_client.models import CreateFileRequest

    session = api.call(create_file, body=CreateFileRequest("a.png", "image/png", 3))
    with pytest.raises(mediagen.BadRequestError, match="never uploaded"):
        api.submit("x", file_ids=[session.file_id])


async def test_async_upload(aapi: seele.AsyncSeele, seele_mock: MockEngine) -> None:
    file_id = await aapi.upload(b"abc", filename="a.png")
    assert seele_mock.provider.files[file_id].uploaded
