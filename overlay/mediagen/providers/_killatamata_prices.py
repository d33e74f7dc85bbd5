"""Killa Tamata's documented prices, as quotes computed before a job is submitted.

The figures live in the spec (``x-pricing`` on ``submit_media_job``); this module only applies them. The document
prices audio.speak (tiers by estimated seconds, up to 10 s), audio.annotation.reference (bands, up to 180 s: past
the last tier or band the price is unknown, never guessed), ace.step.create and
moss.sound.effect (formulas), video.combine (per clip) and two surcharges (highDetail, extremeQuality: +50 %). It
gives no base price for image.generate, image.edit, video.generate or trellis.generate: those quote as unknown
unless the caller supplies the base price they were charged (``base_prices``), to which the surcharges apply.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["Purchase", "Quote", "quote"]


@dataclass(frozen=True)
class Quote:
    """What a job will cost, in USD, before it is submitted."""

    task: str
    usd: Decimal | None
    """None: the document gives no price for this task (and no base price was supplied)."""
    basis: str
    """How the figure was reached, in words (the document's rule and the numbers used)."""


@dataclass(frozen=True)
class Purchase:
    """Credits bought with x402."""

    credited_usd: Decimal
    balance_usd: Decimal
    transaction: str | None


def _d(value: Any) -> Decimal:
    return Decimal(str(value))


def _seconds_from_text(text: str, chars_per_second: Any) -> int:
    return max(1, math.ceil(len(text) / float(chars_per_second)))


def _band(seconds: float, bands: list[Mapping[str, Any]]) -> Decimal | None:
    """The price of the first band that holds ``seconds``; past the last band the document gives no price."""
    for band in bands:
        if seconds <= band["maxSeconds"]:
            return _d(band["usd"])
    return None


def _kbps(quality: Any, default: Any) -> int:
    found = re.fullmatch(r"(\d+)k", str(quality)) if quality is not None else None
    return int(found.group(1)) if found else int(default)


def quote(job: Mapping[str, Any], pricing: Mapping[str, Any], base_prices: Mapping[str, Any] | None = None) -> Quote:
    """The price of ``job`` (``{"task": ..., "input": {...}}``) under ``pricing`` (the spec's ``x-pricing``)."""
    task, data = str(job.get("task")), job.get("input") or {}
    rule = pricing.get(task, {})
    if task == "audio.speak":
        seconds = _seconds_from_text(str(data.get("text", "")), rule["charsPerSecond"])
        basis = f"~{seconds}s of speech at {rule['charsPerSecond']} chars/s"
        price = _band(seconds, rule["tiers"])
        return Quote(task, price, basis if price is not None else f"{basis}: past the document's last tier")
    if task == "audio.annotation.reference":
        transcript = data.get("transcript")
        seconds = _seconds_from_text(transcript, rule["charsPerSecond"]) if transcript else rule["defaultSeconds"]
        basis = f"~{seconds}s from the transcript" if transcript else f"default band of {seconds}s (no transcript)"
        price = _band(seconds, rule["bands"])
        return Quote(task, price, basis if price is not None else f"{basis}: past the document's last band")
    if task == "ace.step.create":
        preset = data.get("qualityPreset")
        seconds = data.get("durationSeconds", rule["presetSeconds"].get(preset))
        if seconds is None:
            return Quote(task, None, "no durationSeconds and no preset that sets one")
        kbps = _kbps(data.get("quality"), rule["presetKbps"].get(preset, rule["defaultKbps"]))
        usd = max(_d(rule["minUsd"]), _d(seconds) * kbps * _d(rule["usdPerSecondPerKbps"]))
        return Quote(task, usd, f"max(${rule['minUsd']}, {seconds}s × {kbps} kbps × ${rule['usdPerSecondPerKbps']})")
    if task == "moss.sound.effect":
        seconds, tokens = data.get("durationSeconds", 0), data.get("maxNewTokens", rule["defaultMaxNewTokens"])
        usd = max(_d(rule["minUsd"]), _d(seconds) * _d(rule["usdPerSecond"]) + tokens * _d(rule["usdPerToken"]))
        return Quote(
            task,
            usd,
            f"max(${rule['minUsd']}, {seconds}s × ${rule['usdPerSecond']} + {tokens} tokens × ${rule['usdPerToken']})",
        )
    if task == "video.combine":
        clips = max(len(data.get("videoUrls", [])), int(rule["minClips"]))
        return Quote(task, clips * _d(rule["usdPerClip"]), f"{clips} clips × ${rule['usdPerClip']}")
    base = (base_prices or {}).get(task)
    if base is None:
        return Quote(task, None, f"the document gives no price for {task}")
    surcharges = pricing.get("surcharges", {})
    flags = [name for name in ("highDetail", "extremeQuality") if data.get(name) is True and name in surcharges]
    usd = _d(base)
    for name in flags:
        usd *= 1 + _d(surcharges[name])
    extra = "".join(f" + {Decimal(str(surcharges[n])) * 100:g}% {n}" for n in flags)
    return Quote(task, usd, f"base ${base} (supplied){extra}")
