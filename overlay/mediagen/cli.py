"""The ``mediagen`` command: contract runs (the main job) and serving mocks for local development.

Exit codes: 0 every operation in reach passed; 1 a finding, or an operation that was not exercised (unless
``--allow-untested``); 2 a usage error (one line on stderr naming the fix); 3 a run that could not be carried out
(the spec did not load, a worker crashed); 130 interrupted.
"""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ._ledger_cli import ledger_app

app = typer.Typer(help="mediagen-clients: contract verification and mock servers.", no_args_is_help=True)
mock_app = typer.Typer(help="Stateful mock servers of the providers.", no_args_is_help=True)
app.add_typer(mock_app, name="mock")
app.add_typer(ledger_app, name="ledger")
console = Console()
errors = Console(stderr=True)

EXIT_USAGE, EXIT_INTERRUPTED = 2, 130
#: Modules that only an extra brings, and the extra.
EXTRAS = {"schemathesis": "testing", "uvicorn": "testing", "hypothesis": "testing", "x402": "payments",
          "eth_account": "payments"}  # fmt: skip
REPORT_FORMATS = ("json", "junit")


def usage_error(message: str) -> NoReturn:
    """One line on stderr, exit 2: what is wrong and how to fix it."""
    errors.print(f"mediagen: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_USAGE)


@contextmanager
def needs_extras() -> Iterator[None]:
    """An extra that is not installed is named, with the command that installs it."""
    try:
        yield
    except ModuleNotFoundError as exc:
        extra = EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None:
            raise
        usage_error(f"this needs the {extra} extra ({exc.name} is missing): pip install 'mediagen-clients[{extra}]'")


def _version(value: bool) -> None:
    if value:
        from ._version import VERSION

        typer.echo(f"mediagen-clients {VERSION}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """mediagen-clients: contract verification and mock servers."""


@app.command()
def contract(
    providers: Annotated[list[str] | None, typer.Argument(help="Providers to verify (default: all).")] = None,
    base_url: Annotated[str | None, typer.Option(help="Verify a live API here instead of the built-in mock.")] = None,
    api_key: Annotated[str | None, typer.Option(help="Key for a live run (default: the provider's env var).")] = None,
    allow_billable: Annotated[bool, typer.Option(help="Live runs: also call operations marked x-billable.")] = False,
    allow_untested: Annotated[
        bool, typer.Option(help="An operation that was not exercised does not fail the run (it is still listed).")
    ] = False,
    max_examples: Annotated[
        int | None, typer.Option(help="Generated cases per operation and phase (default: 100; live runs 10).")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(help="NAME=VALUE pinned for every request, e.g. job_id=job_123 (an existing job, live runs)."),
    ] = None,
    rate: Annotated[
        float | None,
        typer.Option(help="Live runs: requests per second (default: from the spec's x-rate-limits, or 1)."),
    ] = None,
    max_requests: Annotated[
        int | None, typer.Option(help="Live runs: request budget (default: from the spec's x-rate-limits, or 200).")
    ] = None,
    report: Annotated[
        tuple[str, Path] | None,
        typer.Option(metavar="FORMAT PATH", help="Write a report: junit PATH (for CI) or json PATH (every count)."),
    ] = None,
    jobs: Annotated[int, typer.Option(help="Providers verified at the same time (mock runs).")] = 2,
    seed: Annotated[int, typer.Option(help="Seed of the generated cases (the same cases in every checkout).")] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Each finding's message and reproduction.")] = False,
) -> None:
    """Run the contract suite (schemathesis, all checks, stateful, authenticated) per provider: a verdict per
    operation from what the run saw (pass, FAIL, not exercised, out of reach, skipped)."""
    with needs_extras():
        import schemathesis  # noqa: F401  (the testing extra's engine: a missing extra is named before anything runs)

        from .providers import PROVIDERS as ADAPTERS
        from .testing import MOCKS
        from .testing._contract import ContractJob, run_contracts
        from .testing._contract_report import ProgressView, write_json, write_junit

    names = providers or sorted(MOCKS)
    unknown = sorted(set(names) - set(MOCKS))
    if unknown:
        usage_error(f"unknown provider {', '.join(unknown)}: choose from {', '.join(sorted(MOCKS))}")
    if len(set(names)) != len(names):
        usage_error("a provider is named twice: name each once")
    if base_url is not None and len(names) != 1:
        usage_error("a live run (--base-url) verifies exactly one provider: name it, e.g. mediagen contract seele")
    pinned = dict(item.split("=", 1) for item in param or [] if "=" in item)
    if len(pinned) != len(param or []):
        usage_error("--param takes NAME=VALUE, e.g. --param job_id=job_123")
    reports = _reports(report)
    for name, value in (("--rate", rate), ("--max-requests", max_requests), ("--max-examples", max_examples)):
        if value is not None and value <= 0:
            usage_error(f"{name} must be above 0 (got {value})")
    if base_url is None and (rate is not None or max_requests is not None):
        usage_error("--rate and --max-requests pace a live run: add --base-url, or leave them out for the mocks")
    job_list = []
    for name in names:
        key = None
        if base_url is not None:
            if not base_url.startswith(("http://", "https://")):
                usage_error(f"--base-url must be an http(s) URL (got {base_url!r})")
            env_var = ADAPTERS[name].env_var
            key = api_key or os.environ.get(env_var)
            if not key:
                usage_error(f"a live run needs {name}'s key: set {env_var} or pass --api-key")
        job_list.append(
            ContractJob(
                name,
                base_url=base_url,
                api_key=key,
                allow_billable=allow_billable,
                allow_untested=allow_untested,
                max_examples=max_examples or (10 if base_url else 100),
                seed=seed,
                parameters=pinned,
                rate=rate,
                max_requests=max_requests,
            )
        )
    results = []
    try:
        with ProgressView(console, verbose=verbose) as view:
            for result in run_contracts(job_list, workers=max(1, jobs), on_progress=view.event):
                view.done(result)
                results.append(result)
    except KeyboardInterrupt:
        errors.print("mediagen: interrupted", markup=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    results.sort(key=lambda r: names.index(r.provider))
    code = max((r.exit_code for r in results), default=0)
    for kind, path in reports:
        (write_json(results, path, code) if kind == "json" else write_junit(results, path))
        console.print(f"{kind} report: {path}", markup=False, highlight=False, soft_wrap=True)
    if len(results) > 1:
        passed = sum(r.ok for r in results)
        console.print(f"{passed} of {len(results)} providers passed (exit {code})", markup=False, highlight=False)
    raise typer.Exit(code)


def _reports(report: tuple[str, Path] | None) -> list[tuple[str, Path]]:
    if report is None:
        return []
    kind, path = report
    if kind not in REPORT_FORMATS:
        usage_error(f"--report takes FORMAT PATH with FORMAT {' or '.join(REPORT_FORMATS)} (got {kind!r})")
    if not path.parent.is_dir():
        usage_error(f"--report {kind}: the folder {path.parent} does not exist: create it or pick another path")
    return [(kind, path)]


@app.command()
def login(
    provider: Annotated[str, typer.Argument(help="Provider to sign in to (killatamata).")],
    label: Annotated[str | None, typer.Option(help="Label of the new API key.")] = None,
    base_url: Annotated[str | None, typer.Option(help="API base URL (default: the provider's).")] = None,
) -> None:
    """Device-link sign-in: shows a code to confirm in a browser, then prints the new API key once."""
    from ._exceptions import APIConnectionError, APIStatusError

    with needs_extras():
        from .providers import killatamata

    if provider != "killatamata":
        usage_error(f"device-link sign-in is documented by killatamata only (got {provider!r})")
    if base_url is not None and not base_url.startswith(("http://", "https://")):
        usage_error(f"--base-url must be an http(s) URL (got {base_url!r})")

    def show(user_code: str, url: str) -> None:
        typer.echo(f"Open {url} and confirm the code {user_code} (waiting for approval...)", err=True)

    where = base_url or "the killatamata API"
    try:
        key = killatamata.device_login(label=label, on_code=show, base_url=base_url)
    except APIConnectionError as exc:
        cause = exc.__cause__ or exc
        usage_error(f"cannot reach {where} ({type(cause).__name__}: {cause}): check --base-url and the network")
    except APIStatusError as exc:
        usage_error(f"{where} refused the sign-in ({exc.status_code}: {exc}): check --base-url")
    typer.echo(f"{killatamata.PROVIDER.env_var}={key}")


@mock_app.command("serve")
def mock_serve(
    provider: Annotated[str, typer.Argument(help="Provider to mock.")],
    port: Annotated[int, typer.Option(help="Loopback port (1-65535).")] = 8000,
    job_seconds: Annotated[float, typer.Option(help="How long a job processes (wall-clock seconds).")] = 30.0,
    api_key: Annotated[str | None, typer.Option(help="Accept this key too (default: a fresh one is printed).")] = None,
) -> None:
    """Serve a provider's stateful mock on 127.0.0.1 with a real clock, until interrupted."""
    with needs_extras():
        import uvicorn  # noqa: F401  (the testing extra's server, checked before anything is printed)

        from .testing import MOCKS, RealClock, mock
        from .testing._serve import _server

    if provider not in MOCKS:
        usage_error(f"no mock for {provider!r}: choose from {', '.join(sorted(MOCKS))}")
    if not 1 <= port <= 65535:
        usage_error(f"--port must be between 1 and 65535 (got {port})")
    if job_seconds < 0:
        usage_error(f"--job-seconds cannot be negative (got {job_seconds})")
    # proto IPPROTO_TCP, as uvicorn's own sockets have: asyncio sets TCP_NODELAY only on such sockets, and without it
    # Nagle's algorithm and delayed ACKs hold every answer ~40 ms.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))  # bound before the banner: a port in use is one line, not a traceback
    except OSError as exc:
        sock.close()
        why = "is in use" if exc.errno == errno.EADDRINUSE else f"cannot be bound ({exc.strerror})"
        usage_error(f"port {port} on 127.0.0.1 {why}: pick another with --port")
    engine = mock(provider, clock=RealClock(), job_seconds=job_seconds, keep_calls=False)
    if api_key:
        engine.provider.api_key = api_key
        engine.reset()
    console.print(
        f"{provider} mock on http://127.0.0.1:{port}  API key: {engine.provider.api_key}", markup=False, soft_wrap=True
    )
    try:
        _server(engine.asgi_app(), "127.0.0.1", port).run(sockets=[sock])
    finally:
        sock.close()


if __name__ == "__main__":  # pragma: no cover
    app()
