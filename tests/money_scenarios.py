"""Money safety against a hostile server: each scenario runs real client calls and counts what a payer cares about.

Run ``python -m tests.money_scenarios`` for the table; ``tests/test_money_hostile.py`` asserts every row passes.
A row passes when the server settled no more calls than the caller was told succeeded or may have been paid, no more
than the budget, never more than the wallet counts as settled + outstanding (checked after every call), and nothing
crashed. Scenarios use the Seisoai invoke route (paid by x402, no idempotency key) on ``HostileX402`` (in process,
or a real loopback socket for dropped connections), and the Killa Tamata mock (keyed writes) with its own faults.
"""

from __future__ import annotations

import base64
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

import httpx
import orjson
from eth_account import Account
from mediagen import MediagenError, X402Wallet, _retry, build_client, killatamata
from mediagen._client import SyncAPI
from mediagen.providers import seisoai
from mediagen.testing import mock
from mediagen.testing._engine import Fault
from mediagen.testing._hostile import DROP, HostileX402

_retry.sleep = lambda seconds: None  # backoff is not what is measured here

TOOL = "image.generate.flux-2"
MAX_VALIDITY = 300  # seconds: the wallet's default max_validity


@dataclass
class Row:
    name: str
    calls: int = 0
    ok: int = 0
    maybe_paid: int = 0
    errors: list[str] = field(default_factory=list)
    signatures: int = 0
    would_settle: int = 0
    settled_calls: int = 0
    settled_usd: Decimal = Decimal(0)
    budget: Decimal | None = None
    wallet_counts: Decimal = Decimal(0)
    undercounted: bool = False
    max_validity: int | None = None
    crashed: str = ""

    @property
    def passed(self) -> bool:
        within_budget = self.budget is None or self.settled_usd <= self.budget
        return (
            self.settled_calls <= self.ok + self.maybe_paid
            and within_budget
            and not self.undercounted
            and not self.crashed
        )


def _counted(wallet: X402Wallet) -> Decimal:
    """What the wallet counts as possibly spent (older versions had only committed_usd)."""
    return Decimal(getattr(wallet, "committed_usd", 0))


def _wallet(max_usd: str = "0.10", budget: str | None = "5") -> X402Wallet:
    return X402Wallet(Account.create(), max_payment_usd=max_usd, budget_usd=budget)


#: The spec's example of a sync invoke answer.
OK_BODY = {
    "success": True,
    "toolId": TOOL,
    "toolName": "FLUX 2 - Text to Image",
    "executionMode": "sync",
    "requestId": "gw-1738900000000",
    "result": {"images": [{"url": "https://fal.media/files/x.png"}]},
    "pricing": {"usd": 0.065, "credits": 1.3, "usdcUnits": "65000"},
}


def _invoke_api(wallet: X402Wallet, **options: Any) -> SyncAPI:
    import seisoai_client

    generated = build_client(seisoai.PROVIDER, seisoai_client.Client, anonymous=True, x402=wallet, **options)
    return SyncAPI(seisoai.PROVIDER, generated, _schema())


def _schema() -> Any:
    from mediagen import SpecSchema

    return SpecSchema.of("seisoai_client")


def _invoke(api: SyncAPI) -> Any:
    from seisoai_client import models
    from seisoai_client.api.default import invoke_tool

    return api.call(invoke_tool, tool_id=TOOL, body=models.InvokeToolRequest.from_dict({"prompt": "a fox"}))


def _settled(server: HostileX402) -> tuple[int, Decimal]:
    return len(server.x402.settlements), server.settled_usd


def _record(row: Row, call: Callable[[], Any], settled: Callable[[], tuple[int, Decimal]], wallet: X402Wallet) -> None:
    row.calls += 1
    try:
        call()
        row.ok += 1
    except MediagenError as exc:
        row.errors.append(type(exc).__name__)
        row.maybe_paid += getattr(exc, "payment", None) is not None
    except Exception as exc:  # anything else is a crash of the client
        row.crashed = f"{type(exc).__name__}"
    count, usd = settled()
    row.settled_calls, row.settled_usd = count, usd
    row.wallet_counts = _counted(wallet)
    row.undercounted |= row.wallet_counts < usd


def _hostile_row(
    name: str,
    script: list[int | str],
    *,
    calls: int = 1,
    budget: str | None = "5",
    loopback: bool = False,
    threads: int = 1,
) -> Row:
    server, wallet = HostileX402(script=list(script), ok_body=OK_BODY), _wallet(budget=budget)
    row = Row(name, budget=None if budget is None else Decimal(budget))

    def settled() -> tuple[int, Decimal]:
        return len(server.x402.settlements), server.settled_usd

    def run(options: dict[str, Any]) -> None:
        api = _invoke_api(wallet, **options)
        try:
            calling(api)
        finally:
            api.client.get_httpx_client().close()

    def calling(api: SyncAPI) -> None:
        if threads == 1:
            for _ in range(calls):
                _record(row, lambda: _invoke(api), settled, wallet)
            return
        lock = threading.Lock()

        def one() -> None:
            local = Row(name)
            _record(local, lambda: _invoke(api), settled, wallet)
            with lock:
                row.calls += local.calls
                row.ok += local.ok
                row.maybe_paid += local.maybe_paid
                row.errors += local.errors
                row.crashed = row.crashed or local.crashed
                row.undercounted |= local.undercounted

        workers = [threading.Thread(target=one) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        row.settled_calls, row.settled_usd = settled()
        row.wallet_counts = _counted(wallet)

    if loopback:
        with server.serve() as base_url:
            run({"base_url": base_url})
    else:
        run({"base_url": "http://gateway.test", "transport": server.transport()})
    row.signatures, row.would_settle = len(server.signatures), server.would_settle
    return row


def _validity_row(name: str, timeout: Any) -> Row:
    def long_lived(doc: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        doc["accepts"][0]["maxTimeoutSeconds"] = timeout
        encoded = base64.b64encode(orjson.dumps(doc)).decode()
        return 402, {"PAYMENT-REQUIRED": encoded, "content-type": "application/json"}, orjson.dumps(doc)

    server, wallet = HostileX402(challenge=long_lived, ok_body=OK_BODY), _wallet()
    row = Row(name, budget=Decimal(5))
    api = _invoke_api(wallet, base_url="http://gateway.test", transport=server.transport())
    started = int(time.time())
    _record(row, lambda: _invoke(api), lambda: (len(server.x402.settlements), server.settled_usd), wallet)
    row.signatures, row.would_settle = len(server.signatures), server.would_settle
    befores = [
        int(orjson.loads(base64.b64decode(s))["payload"]["authorization"]["validBefore"]) for s in server.signatures
    ]
    row.max_validity = max((b - started for b in befores), default=None)
    if row.max_validity is not None and row.max_validity > MAX_VALIDITY:
        row.crashed = f"signed valid for {row.max_validity} s"
    return row


MALFORMED: dict[str, Callable[[dict[str, Any]], None]] = {
    "accepts: [null]": lambda doc: doc.update(accepts=[None]),
    "accepts: ['x']": lambda doc: doc.update(accepts=["x"]),
    "5000-digit amount": lambda doc: doc["accepts"][0].update(amount="9" * 5000),
    "superscript digits": lambda doc: doc["accepts"][0].update(amount="²³"),
    "amount 0": lambda doc: doc["accepts"][0].update(amount="0"),
    "permit2 approval": lambda doc: doc["accepts"][0]["extra"].update(assetTransferMethod="permit2"),
}


def _malformed_row() -> Row:
    row = Row("malformed challenges (6 kinds)", budget=Decimal(5))
    wallet = _wallet()
    signatures = would = 0
    for spoil in MALFORMED.values():

        def answer(doc: dict[str, Any], headers: dict[str, str], spoil: Any = spoil) -> Any:
            spoil(doc)
            return 402, {"content-type": "application/json"}, orjson.dumps(doc)

        server = HostileX402(challenge=answer)
        api = _invoke_api(wallet, base_url="http://gateway.test", transport=server.transport())
        _record(row, partial(_invoke, api), partial(_settled, server), wallet)
        signatures, would = signatures + len(server.signatures), would + server.would_settle
    row.signatures, row.would_settle = signatures, would
    return row


DEEP = textwrap.dedent(
    """
    import eth_account, sys, httpx
    sys.path.insert(0, ".")
    from tests import money_scenarios as m
    deep = b"[" * 100_000 + b"]" * 100_000
    server = m.HostileX402(challenge=lambda doc, headers: (402, {"content-type": "application/json"}, deep))
    api = m._invoke_api(m._wallet(), base_url="http://gateway.test", transport=server.transport())
    try:
        m._invoke(api)
    except Exception as exc:
        print(type(exc).__name__, "mediagen" if isinstance(exc, m.MediagenError) else "raw")
    """
)


def _deep_row() -> Row:
    row = Row("402 body nested 100,000 deep, eth_account imported", budget=Decimal(5), calls=1)
    done = subprocess.run([sys.executable, "-c", DEEP], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        row.crashed = f"rc={done.returncode}" + (" (segfault)" if done.returncode == -11 else "")
    elif "mediagen" not in done.stdout:
        row.crashed = f"raw {done.stdout.split()[0] if done.stdout else '?'}"
    else:
        row.errors.append(done.stdout.split()[0])
    return row


def _status_poll_row() -> Row:
    """A $0.24 challenge on every status poll of a client capped at $0.05: polls are not payable."""
    engine = mock("killatamata")
    hostile = HostileX402(price=240_000)
    inner = engine.transport()

    def route(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path.endswith("/media/jobs"):
            return hostile.transport().handle_request(request)
        return inner.handle_request(request)

    wallet = _wallet(max_usd="1", budget="5")
    row = Row("KillaTamata cap $0.05, status polls answered by a $0.24 402", budget=Decimal("0.05"))
    options: dict[str, Any] = {"transport": httpx.MockTransport(route), "x402": wallet, "spending_cap_usd": "0.05"}
    try:
        api = killatamata.KillaTamata(engine.provider.api_key, **options)
    except TypeError:  # before spending_cap_usd was a client option
        options.pop("spending_cap_usd")
        api = killatamata.KillaTamata(engine.provider.api_key, spending_cap_usd="0.05", **options)
    with api:
        for _ in range(10):
            _record(
                row, lambda: api.get("job_123"), lambda: (len(hostile.x402.settlements), hostile.settled_usd), wallet
            )
    row.signatures, row.would_settle = len(hostile.signatures), hostile.would_settle
    if row.signatures:
        row.crashed = f"{row.signatures} payments of $0.24 above the $0.05 cap, for a status poll"
    return row


def _purchase_row(loopback: bool = False) -> Row:
    """40 intended $1 purchases; each first paid try is settled and its answer dropped; the caller retries up to
    three times, with the error's idempotency key when it carries one."""
    engine = mock("killatamata")
    wallet = _wallet(max_usd="1", budget="200")
    row = Row("purchase_credits x40, paid answer dropped, caller retries", budget=Decimal(200))
    paid = lambda r: r.header("payment-signature") is not None  # noqa: E731
    with killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport(), x402=wallet) as api:
        for _ in range(40):
            engine.faults.append(Fault("purchase_credits_x402", drop="after", when=paid))
            key = None
            for _attempt in range(3):
                row.calls += 1
                try:
                    api.purchase_credits(100, **({"idempotency_key": key} if key else {}))
                    row.ok += 1
                    break
                except MediagenError as exc:
                    row.errors.append(type(exc).__name__)
                    row.maybe_paid += getattr(exc, "payment", None) is not None
                    key = getattr(exc, "idempotency_key", None)
                settlements = engine.provider.x402.settlements
                row.undercounted |= _counted(wallet) < sum(Decimal(int(s["amount"])) / 10**6 for s in settlements)
    settlements = engine.provider.x402.settlements
    row.settled_calls = len(settlements)
    row.settled_usd = sum((Decimal(int(s["amount"])) / 10**6 for s in settlements), Decimal(0))
    row.wallet_counts = _counted(wallet)
    row.signatures = row.would_settle = engine.provider.x402.verified
    row.undercounted |= row.wallet_counts < row.settled_usd
    return row


def _create_key_row() -> Row:
    """create_key whose answers are lost on every try; then one more call with the error's key, if it has one."""
    engine = mock("killatamata")
    row = Row("create_key, every answer lost, then recovered")
    with killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport()) as api:
        before = len(api.list_keys())
        engine.drop_next("after", times=3, operation="create_key")
        key = None
        try:
            api.create_key("worker")
        except MediagenError as exc:
            key = getattr(exc, "idempotency_key", None)
        try:
            recovered = api.create_key("worker", idempotency_key=key) if key else None
        except TypeError:
            recovered = None
        minted = len(api.list_keys()) - before
    row.calls, row.ok = 2, int(recovered is not None)
    row.settled_calls = minted  # keys minted, in place of settlements
    row.errors.append(f"minted {minted}, recovered {'yes' if recovered else 'no'}")
    if minted != 1 or recovered is None:
        row.crashed = "a key was minted that cannot be recovered" if recovered is None else f"{minted} keys minted"
    return row


def scenarios() -> list[Callable[[], Row]]:
    return [
        lambda: _hostile_row("billed then 500", [500]),
        lambda: _hostile_row("billed then 503", [503]),
        lambda: _hostile_row("billed then 429", [429]),
        lambda: _hostile_row("billed then 402", [402]),
        lambda: _hostile_row("billed then dropped (loopback socket)", [DROP], loopback=True),
        lambda: _hostile_row("billed then 500, three in a row", [500, 500, 500]),
        lambda: _hostile_row("10 calls, budget $0.10, each billed then 402", [402] * 10, calls=10, budget="0.10"),
        lambda: _hostile_row("10 calls, budget $0.10, each billed then 500", [500] * 10, calls=10, budget="0.10"),
        lambda: _hostile_row(
            "16 threads racing, budget $0.50 (loopback)", [], threads=16, budget="0.50", loopback=True
        ),
        lambda: _validity_row("challenge valid 10 years", 10 * 365 * 86400),
        lambda: _validity_row("challenge valid 1e40 s", 1e40),
        _malformed_row,
        _deep_row,
        _status_poll_row,
        _purchase_row,
        _create_key_row,
    ]


def table(rows: list[Row]) -> str:
    head = (
        "scenario",
        "calls",
        "ok",
        "told maybe paid",
        "signatures",
        "would settle",
        "server settled",
        "wallet settled+outstanding",
        "max validity s",
        "verdict",
    )
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        settled = f"{r.settled_calls} (${r.settled_usd})"
        verdict = "pass" if r.passed else "FAIL" + (f": {r.crashed}" if r.crashed else "")
        cells = (
            r.name,
            r.calls,
            r.ok,
            r.maybe_paid,
            r.signatures,
            r.would_settle,
            settled,
            f"${r.wallet_counts}",
            "" if r.max_validity is None else r.max_validity,
            verdict,
        )
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    rows = []
    for scenario in scenarios():
        try:
            rows.append(scenario())
        except Exception as exc:  # a scenario the code under test cannot even run
            rows.append(Row(getattr(scenario, "__name__", "?"), crashed=f"{type(exc).__name__}: {exc}"[:80]))
    print(table(rows))
    print(f"\n{sum(r.passed for r in rows)} of {len(rows)} scenarios pass")
