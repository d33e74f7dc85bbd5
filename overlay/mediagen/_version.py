"""The distribution's version (``mediagen.__version__``, the ``User-Agent``): the one place it is written, read by
the build (``[tool.hatch.version]`` in pyproject.toml), so ``import mediagen`` need not read installed metadata."""

__all__ = ["USER_AGENT", "VERSION", "__version__"]

__version__ = "0.1.0"
VERSION: str = __version__

#: Sent on every request (openai-python and httpx name themselves the same way).
USER_AGENT = f"mediagen-clients/{VERSION}"
