"""The ``mediagen`` command's entry point: the CLI lives in the ``cli`` extra, so a base install says which one."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from .cli import app
    except ModuleNotFoundError as exc:
        if exc.name not in ("typer", "rich", "click"):
            raise
        print(
            f"the mediagen command needs the cli extra ({exc.name} is missing): pip install 'mediagen-clients[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    app()
