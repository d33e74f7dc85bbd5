"""Killa Tamata mock: sign-in flows, affiliates and Studio (placeholder while the module is written)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._engine import MockRequest, MockResponse

__all__ = ["AccountRoutes"]


class AccountRoutes:
    def reset_account_routes(self) -> None:
        pass

    def account_handlers(self) -> Mapping[str, Callable[[MockRequest], MockResponse]]:
        return {}

    def google_account(self, id_token: Any) -> str | None:
        return None
