"""Killa Tamata mock, the shared state: accounts, keys, media jobs, device links, checkouts and the credit packages,
and the mock's bills for media jobs. ``KillaTamataMock`` holds them; its route groups (``_killatamata_account``,
``_killatamata_studio``, ``_killatamata_purchases``) read and change them through it, and import only this module.

The bills are computed here from the spec's ``x-pricing`` table (the document's prices, copied), not by the client's
``quote()``: the price tests compare two independent readings of the same document.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

__all__ = ["PACKAGES", "Account", "Checkout", "DeviceLink", "Key", "MediaJob", "bill", "iso", "new_id"]

PACKAGES = [  # builder_600 is the spec's example
    {"packageCode": "starter_500", "label": "Starter", "usdCents": 500, "creditUsd": 5},
    {"packageCode": "builder_600", "label": "Builder", "usdCents": 600, "creditUsd": 6},
    {"packageCode": "studio_10000", "label": "Studio", "usdCents": 10000, "creditUsd": 100},
]
#: The mock's own base prices for the tasks the document prices nowhere (surcharges still apply).
MOCK_BASE_PRICES = {"image.generate": "0.02", "image.edit": "0.03", "video.generate": "0.12", "trellis.generate": "0.1"}


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(6)


@dataclass
class Account:
    id: str
    balance: Decimal = Decimal(0)
    email: str | None = None
    bound_code: str | None = None
    """The affiliate code the account was referred by (bind_affiliate_code)."""


@dataclass
class Key:
    account: str
    label: str
    created: float
    revoked: bool = False
    last_used: float | None = None

    @staticmethod
    def prefix_of(key: str) -> str:
        return key[:12]


@dataclass
class MediaJob:
    id: str
    account: str
    task: str
    input: dict[str, Any]
    created: float
    starts: float
    finishes: float
    charged: Decimal
    fail: str | None = None
    canceled: bool = False


@dataclass
class DeviceLink:
    user_code: str
    label: str
    expires: float
    account: str | None = None
    status: str = "pending"


@dataclass
class Checkout:
    id: str
    kind: str
    account: str
    package: Mapping[str, Any]
    affiliate_code: str | None = None
    paid: bool = False
    claimed: bool = False


# -- bills -------------------------------------------------------------------------------------------------------------
def _usd(value: Any) -> Decimal:
    return Decimal(str(value))


def _by_duration(seconds: int, steps: list[Mapping[str, Any]]) -> Decimal:
    """The usd of the first step whose maxSeconds holds ``seconds``; past the last, the last one's (the mock's
    choice: the document prices nothing longer)."""
    return _usd(next((s["usd"] for s in steps if seconds <= s["maxSeconds"]), steps[-1]["usd"]))


def _spoken_seconds(text: str, chars_per_second: Any) -> int:
    """Seconds of speech estimated from a text's length, at least one."""
    return max(1, math.ceil(len(text) / float(chars_per_second)))


def bill(body: Mapping[str, Any], pricing: Mapping[str, Any]) -> Decimal | None:
    """What the mock charges at submit for ``body`` (``{"task": ..., "input": {...}}``) by ``pricing`` (the spec's
    ``x-pricing``); None where nothing prices it (ace.step.create with neither a duration nor a preset)."""
    task, given = body["task"], body["input"]
    table = pricing.get(task, {})
    match task:
        case "audio.speak":
            return _by_duration(_spoken_seconds(given["text"], table["charsPerSecond"]), table["tiers"])
        case "audio.annotation.reference":
            transcript = given.get("transcript")
            seconds = _spoken_seconds(transcript, table["charsPerSecond"]) if transcript else table["defaultSeconds"]
            return _by_duration(seconds, table["bands"])
        case "ace.step.create":
            preset = given.get("qualityPreset")
            duration = given["durationSeconds"] if "durationSeconds" in given else table["presetSeconds"].get(preset)
            if duration is None:
                return None
            named = re.fullmatch(r"(\d+)k", str(given.get("quality", "")))
            kbps = int(named[1]) if named else int(table["presetKbps"].get(preset, table["defaultKbps"]))
            return max(_usd(table["minUsd"]), _usd(duration) * kbps * _usd(table["usdPerSecondPerKbps"]))
        case "moss.sound.effect":
            tokens = _usd(given.get("maxNewTokens", table["defaultMaxNewTokens"]))
            usd = _usd(given.get("durationSeconds", 0)) * _usd(table["usdPerSecond"]) + tokens * _usd(
                table["usdPerToken"]
            )
            return max(_usd(table["minUsd"]), usd)
        case "video.combine":
            return max(len(given.get("videoUrls", [])), int(table["minClips"])) * _usd(table["usdPerClip"])
    usd = _usd(MOCK_BASE_PRICES[task])
    for flag, rate in pricing.get("surcharges", {}).items():
        if given.get(flag) is True:
            usd *= 1 + _usd(rate)
    return usd
