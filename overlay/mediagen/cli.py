"""The ``mediagen`` command: contract runs (the main job) and serving mocks for local development."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="mediagen-clients: contract verification and mock servers.", no_args_is_help=True)
mock_app = typer.Typer(help="Stateful mock servers of the providers.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")
console = Console()


@app.command()
def contract(
    providers: Annotated[list[str] | None, typer.Argument(help="Providers to verify (default: all).")] = None,
    base_url: Annotated[str | None, typer.Option(help="Verify a live API here instead of the built-in mock.")] = None,
    api_key: Annotated[str | None, typer.Option(help="Key for a live run (default: the provider's env var).")] = None,
    allow_billable: Annotated[bool, typer.Option(help="Live runs: also call operations marked x-billable.")] = False,
    max_examples: Annotated[int, typer.Option(help="Generated cases per operation and phase.")] = 100,
    param: Annotated[
        list[str] | None,
        typer.Option(help="NAME=VALUE pinned for every request, e.g. job_id=job_123 (an existing job, live runs)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print schemathesis' own report.")] = False,
) -> None:
    """Run the contract suite (schemathesis, all checks, stateful, authenticated, warnings fail) per provider."""
    from .providers import PROVIDERS as ADAPTERS
    from .testing import PROVIDERS
    from .testing._contract import run_contract

    names = providers or sorted(PROVIDERS)
    unknown = sorted(set(names) - set(PROVIDERS))
    if unknown:
        raise typer.BadParameter(f"unknown provider(s) {', '.join(unknown)}; known: {', '.join(sorted(PROVIDERS))}")
    if base_url is not None and len(names) != 1:
        raise typer.BadParameter("a live run (--base-url) verifies exactly one provider")
    table = Table(title="contract verification")
    for column in ("provider", "target", "operation", "billable", "result"):
        table.add_column(column)
    pinned = dict(item.split("=", 1) for item in param or [] if "=" in item)
    if len(pinned) != len(param or []):
        raise typer.BadParameter("--param takes NAME=VALUE")
    failed = False
    for name in names:
        key = api_key or (os.environ.get(ADAPTERS[name].env_var) if base_url else None)
        result = run_contract(name, base_url=base_url, api_key=key, allow_billable=allow_billable,
                              max_examples=max_examples, parameters=pinned)  # fmt: skip
        if verbose or not result.ok:
            console.print(result.output, markup=False, highlight=False)
        if result.warnings.get("missing_test_data") and base_url:
            console.print("hint: pin an existing resource, e.g. --param job_id=<an existing job>", markup=False)
        for op in result.operations:
            verdict = (
                "skipped (billable)"
                if not op.selected
                else ("FAIL " + "; ".join(op.failures) if op.failures else "pass")
            )
            table.add_row(name, result.target, op.label, "yes" if op.billable else "no", verdict)
        warned = sorted(k for k, v in result.warnings.items() if v)
        summary = (
            "pass"
            if result.ok
            else f"FAIL (exit {result.exit_code}{'; warnings: ' + ', '.join(warned) if warned else ''})"
        )
        table.add_row(name, result.target, "(whole run)", "", f"{summary} in {result.seconds:.1f}s", end_section=True)
        failed |= not result.ok
    console.print(table)
    raise typer.Exit(1 if failed else 0)


@app.command()
def login(
    provider: Annotated[str, typer.Argument(help="Provider to sign in to (killatamata).")],
    label: Annotated[str | None, typer.Option(help="Label of the new API key.")] = None,
    base_url: Annotated[str | None, typer.Option(help="API base URL (default: the provider's).")] = None,
) -> None:
    """Device-link sign-in: shows a code to confirm in a browser, then prints the new API key once."""
    from .providers import killatamata

    if provider != "killatamata":
        raise typer.BadParameter("device-link sign-in is documented by killatamata only")

    def show(user_code: str, url: str) -> None:
        typer.echo(f"Open {url} and confirm the code {user_code} (waiting for approval...)", err=True)

    key = killatamata.device_login(label=label, on_code=show, base_url=base_url)
    typer.echo(f"{killatamata.PROVIDER.env_var}={key}")


@mock_app.command("serve")
def mock_serve(
    provider: Annotated[str, typer.Argument(help="Provider to mock.")],
    port: Annotated[int, typer.Option(help="Loopback port.")] = 8000,
    job_seconds: Annotated[float, typer.Option(help="How long a job processes (wall-clock seconds).")] = 30.0,
    api_key: Annotated[str | None, typer.Option(help="Accept this key too (default: a fresh one is printed).")] = None,
) -> None:
    """Serve a provider's stateful mock on 127.0.0.1 with a real clock, until interrupted."""
    from .testing import RealClock, mock
    from .testing._serve import serve

    engine = mock(provider, clock=RealClock(), job_seconds=job_seconds, keep_calls=False)
    if api_key:
        engine.provider.api_key = api_key
        engine.reset()
    console.print(
        f"{provider} mock on http://127.0.0.1:{port}  API key: {engine.provider.api_key}", markup=False, soft_wrap=True
    )
    serve(engine.asgi_app(), port=port)


if __name__ == "__main__":  # pragma: no cover
    app()
