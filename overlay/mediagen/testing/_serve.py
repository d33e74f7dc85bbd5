"""Serve a mock on loopback with uvicorn, in the foreground (CLI) or in a thread (contract runs, benchmarks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["serve", "serving"]


def _server(app: Any, host: str, port: int) -> Any:
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the mocks serve on loopback only")
    config = uvicorn.Config(app, host=host, port=port, log_level="error", lifespan="off", access_log=False)
    return uvicorn.Server(config)


def serve(app: Any, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted."""
    _server(app, host, port).run()


@contextmanager
def serving(app: Any, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve in a background thread; yield the base URL (an ephemeral port unless one is given)."""
    server = _server(app, host, port)
    thread = threading.Thread(target=server.run, name="mediagen-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
