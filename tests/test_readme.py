"""Every Python block of the README runs as written against the built-in mocks.

The harness supplies only what a reader supplies: each named provider's mock served on loopback, its URL and key in
``<PROVIDER>_BASE_URL`` and ``<PROVIDER>_API_KEY``, a wallet key in ``WALLET_PRIVATE_KEY``, the input files the
examples name, and a clock: waits advance the mocks' clocks instead of sleeping. The text is never edited here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from mediagen.providers import NAMES, PROVIDERS

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
#: The smallest valid PNG (1x1, transparent): what the examples upload or send inline.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082"
)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=lambda i: f"block{i}")
def test_readme_block_runs_as_written(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mock_provider: Any, serve_mock: Any
) -> None:
    code = BLOCKS[index]
    monkeypatch.chdir(tmp_path)
    for file in ("reference.png", "frame.png"):
        (tmp_path / file).write_bytes(PNG)
    monkeypatch.setenv("WALLET_PRIVATE_KEY", Account.create().key.hex())
    for name in (name for name in NAMES if re.search(rf"\b{name}\b", code)):
        engine = mock_provider(name)  # the plugin's fixtures: waits advance its clock
        provider = PROVIDERS[name]
        monkeypatch.setenv(provider.env_var.removesuffix("_API_KEY") + "_BASE_URL", serve_mock(engine))
        monkeypatch.setenv(provider.env_var, engine.provider.api_key)
    exec(compile(code, f"README.md python block {index}", "exec"), {"__name__": "readme"})  # noqa: S102
