"""One real HTTP server on 127.0.0.1 for tests that need a socket a client did not write: any method, any answer.

```python
with loopback(lambda method, target, headers, body: (200, {"content-type": "text/plain"}, b"ok")) as url:
    httpx.get(url)
```

``answer(method, target, headers, body)`` gets the request (header names lower-cased, ``target`` the path with its
query) and returns ``(status, headers, content)``, or ``DROP`` to close the connection without answering.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["DROP", "Answer", "loopback"]

DROP = "drop"
"""An answer: close the connection without answering."""

Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def loopback(answer: Callable[[str, str, dict[str, str], bytes], Answer | str]) -> Iterator[str]:
    """Serve ``answer`` on a loopback port in a thread for the duration; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_one_request(self) -> None:
            self.raw_requestline = self.rfile.readline(65537)
            if not self.raw_requestline or not self.parse_request():
                self.close_connection = True
                return
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            got = answer(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            if isinstance(got, str):  # DROP
                self.close_connection = True
                self.connection.close()
                return
            status, headers, content = got
            self.send_response(status)
            for name, value in {**headers, "content-length": str(len(content))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(content)
            self.wfile.flush()

        def log_message(self, *args: Any) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that hangs up mid-request is no failure of the server

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
