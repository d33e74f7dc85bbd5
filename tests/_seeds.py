"""Reading the provider documents in ../shared/seeds from tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def json_blocks(text: str) -> list[Any]:
    """Every top-level JSON object printed in a document, in order."""
    decoder, found, i = json.JSONDecoder(), [], 0
    while (i := text.find("{", i)) != -1:
        try:
            value, i = decoder.raw_decode(text, i)
            found.append(value)
        except ValueError:
            i += 1
    return found
