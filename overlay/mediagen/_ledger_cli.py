"""``mediagen ledger``: what the shared ledger recorded, and picking up after a crash (see ``_recovery``)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ._ledger import LEDGER_ENV, WRITE_STATES, Ledger, LedgerError

__all__ = ["ledger_app"]

ledger_app = typer.Typer(help="The shared ledger of billable writes and payments.", no_args_is_help=True)

LedgerOption = Annotated[str | None, typer.Option("--ledger", help=f"Ledger URL (default: ${LEDGER_ENV}).")]


def _open(url: str | None) -> Ledger:
    url = url or os.environ.get(LEDGER_ENV)
    if not url:
        typer.echo(f"no ledger: pass --ledger sqlite:///PATH (or postgresql://...) or set {LEDGER_ENV}", err=True)
        raise typer.Exit(2)
    try:
        return Ledger(url)
    except LedgerError as exc:
        typer.echo(f"{exc}", err=True)
        raise typer.Exit(2) from None


@ledger_app.command("list")
def list_writes(
    state: Annotated[str | None, typer.Option(help=f"Only writes in this state: {', '.join(WRITE_STATES)}.")] = None,
    ledger: LedgerOption = None,
) -> None:
    """List recorded billable writes, oldest first (no bodies, API keys or signatures are ever recorded)."""
    if state is not None and state not in WRITE_STATES:
        typer.echo(f"--state {state!r}: use one of {', '.join(WRITE_STATES)}", err=True)
        raise typer.Exit(2)
    opened = _open(ledger)
    opened.orphans()
    for w in opened.writes(state=state):
        quoted = f" ${w.quoted_usd}" if w.quoted_usd is not None else ""
        typer.echo(
            f"{w.id[:12]}  {w.state:<9} {w.provider:<11} {w.operation:<24} job={w.job_id or '-'} "
            f"job_state={w.job_state or '-'} key={w.idempotency_key or '-'}{quoted}"
        )


@ledger_app.command()
def resume(
    ledger: LedgerOption = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each unfinished job.")] = 600.0,
) -> None:
    """Resume waits for known jobs and say what to do about writes whose outcome is unknown. Exit 1 when some
    write still needs the caller (re-send with its key, or check the provider)."""
    from ._recovery import resume as run

    needs_you = 0
    for step in run(_open(ledger), timeout=timeout):
        typer.echo(str(step))
        needs_you += step.action not in ("waited", "resent")
    raise typer.Exit(1 if needs_you else 0)
