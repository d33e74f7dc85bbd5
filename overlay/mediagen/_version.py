"""The installed distribution's version (``mediagen.__version__``, the ``User-Agent``)."""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["VERSION", "USER_AGENT"]

try:
    VERSION: str = version("mediagen-clients")
except PackageNotFoundError:  # a source tree on sys.path without an install
    VERSION = "0+unknown"

#: Sent on every request (openai-python and httpx name themselves the same way).
USER_AGENT = f"mediagen-clients/{VERSION}"
