"""The shared ledger: budgets that hold across processes (SQLite and a real PostgreSQL server), billable writes
recorded before they are sent, a process killed between send and answer, schema versioning."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from mediagen import APIConnectionError, InternalServerError, Ledger, LedgerError, PaymentError, X402Wallet, seele
from mediagen.testing import mock

from tests import money_scenarios as m
from tests._postgres import postgres_server

ROOT = Path(__file__).resolve().parent.parent
PRICE = Decimal("0.065")

PAYER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from mediagen import Ledger, MediagenError, X402Wallet
    from tests import money_scenarios as m
    ledger = Ledger({url!r})
    wallet = X402Wallet({key!r}, max_payment_usd="0.10", budget_usd={budget!r}, ledger=ledger)
    api = m._invoke_api(wallet, base_url={base!r})
    ok = refused = 0
    for _ in range({calls}):
        try:
            m._invoke(api)
            ok += 1
        except MediagenError:
            refused += 1
    print(ok, refused)
    """
)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def _race(url: str, processes: int, calls: int, budget: str = "1.00") -> tuple[int, Decimal, Ledger, str]:
    """``processes`` payers sharing one wallet key and one ledger race for ``budget``; (oks, settled, ledger)."""
    server = m.HostileX402(ok_body=m.OK_BODY)
    key = Account.create().key.hex()
    Ledger(url).close()  # migrated once before the race
    with server.serve() as base:
        script = PAYER.format(root=str(ROOT), url=url, key=key, budget=budget, base=base, calls=calls)
        children = [
            subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
            for _ in range(processes)
        ]
        outputs = [child.communicate(timeout=300)[0] for child in children]
    assert all(child.returncode == 0 for child in children), outputs
    oks = sum(int(line.split()[0]) for line in outputs)
    return oks, server.settled_usd, Ledger(url), Account.from_key(key).address


@pytest.mark.parametrize("processes,calls", [(2, 12), (8, 4)])
def test_processes_sharing_a_sqlite_ledger_never_exceed_the_budget(tmp_path: Path, processes: int, calls: int) -> None:
    oks, settled, ledger, address = _race(f"sqlite:///{tmp_path}/ledger.db", processes, calls)
    assert settled <= Decimal("1.00") and oks == 15 and settled == 15 * PRICE  # 15 x $0.065 fit in $1, not 16
    assert ledger.exposure(address) == (settled, Decimal(0), Decimal(0))


@pytest.mark.parametrize("processes,calls", [(2, 12), (8, 4)])
def test_processes_sharing_a_postgres_ledger_never_exceed_the_budget(pg_url: str, processes: int, calls: int) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:  # a fresh schema per case
        conn.execute("DROP TABLE IF EXISTS payments, writes, wallets, mediagen_meta")
    oks, settled, ledger, address = _race(pg_url, processes, calls)
    assert settled <= Decimal("1.00") and oks == 15 and settled == 15 * PRICE
    assert ledger.exposure(address) == (settled, Decimal(0), Decimal(0))
    ledger.close()


@pytest.mark.parametrize("count_expired", [True, False])
def test_an_unknown_outcome_counts_against_the_shared_budget(tmp_path: Path, count_expired: bool) -> None:
    """Billed then 500: the ledger keeps the payment outstanding for every process until its validBefore, and
    after it (by default) since it may have been settled before it expired."""
    ledger, now = Ledger(f"sqlite:///{tmp_path}/l.db"), [time.time()]
    server = m.HostileX402(script=[500], ok_body=m.OK_BODY)
    wallet = X402Wallet(
        Account.create(),
        max_payment_usd="0.10",
        budget_usd="0.10",
        ledger=ledger,
        clock=lambda: now[0],
        count_expired=count_expired,
    )
    api = m._invoke_api(wallet, base_url="http://gw.test", transport=server.transport())
    with pytest.raises(InternalServerError):
        m._invoke(api)
    other = X402Wallet(wallet._account, max_payment_usd="0.10", budget_usd="0.10", ledger=ledger)
    assert other.outstanding_usd == PRICE  # another process's wallet sees it
    with pytest.raises(PaymentError, match="left of the"):
        m._invoke(api)
    now[0] += 301
    assert wallet.outstanding_usd == 0 and wallet.expired_usd == PRICE
    if count_expired:
        with pytest.raises(PaymentError, match="expired of unknown outcome"):
            m._invoke(api)
        assert len(server.x402.settlements) == 1
    else:
        m._invoke(api)  # the expired signature can no longer be settled: this wallet's budget is free again
        assert len(server.x402.settlements) == 2


def test_billable_writes_are_recorded_before_sending_and_finished(tmp_path: Path) -> None:
    ledger, engine = Ledger(f"sqlite:///{tmp_path}/l.db"), mock("seele")
    with seele.Seele(engine.provider.api_key, transport=engine.transport(), ledger=ledger) as api:
        seen: list[str] = []
        original = engine.handle

        def spy(request, fault=None):  # type: ignore[no-untyped-def]
            seen.extend(w.state for w in ledger.writes())  # what the ledger held while the request was in flight
            return original(request, fault) if fault is not None else original(request)

        engine.handle = spy  # type: ignore[method-assign]
        job = api.submit("a cozy farm")
        engine.handle = original  # type: ignore[method-assign]
        assert seen == ["sending"]
        engine.clock.advance(3600)
        api.wait(job)
        engine.drop_next("after", operation="create_job")
        with pytest.raises(APIConnectionError):
            api.submit("another")
    first, second = ledger.writes()
    assert (first.state, first.job_id, first.job_state) == ("succeeded", job.id, "succeeded")
    assert (second.state, second.job_id, second.detail) == ("unknown", None, "APIConnectionError")
    assert first.body_sha256 and len(first.body_sha256) == 64
    assert "a cozy farm" not in repr(ledger.writes()) and engine.provider.api_key not in repr(ledger.writes())


KILLED = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    import httpx
    from mediagen import Ledger, seele
    def hang(request):
        print("sent", flush=True)
        time.sleep(60)
    api = seele.Seele("sk_test", base_url="http://seele.test", transport=httpx.MockTransport(hang),
                      ledger=Ledger({url!r}))
    api.submit("a game")
    """
)


def test_a_process_killed_between_send_and_answer_leaves_a_row_that_resume_settles(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/l.db"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED.format(root=str(ROOT), url=url)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "sent"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    ledger = Ledger(url)
    [row] = ledger.writes()
    assert row.state == "sending" and row.pid == child.pid
    [orphan] = ledger.orphans()
    assert orphan.id == row.id and ledger.writes()[0].state == "unknown"
    assert ledger.orphans() == []  # settled once
    ledger.close()


def test_a_schema_newer_than_the_library_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/l.db"
    Ledger(url)
    import sqlite3

    with sqlite3.connect(f"{tmp_path}/l.db") as conn:
        conn.execute("UPDATE mediagen_meta SET version = 99")
    with pytest.raises(LedgerError, match="newer than this library"):
        Ledger(url)
    with pytest.raises(LedgerError, match="sqlite:///PATH or postgresql"):
        Ledger("mysql://x")
    assert "s3cret" not in repr(Ledger.__new__(Ledger).__class__) and "***" in str(
        pytest.raises(LedgerError, Ledger, "postgresql://u:s3cret@127.0.0.1:1/db").value
    )


def test_resume_finishes_known_jobs_and_says_what_to_do_about_unknown_writes(
    tmp_path: Path, seele_mock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediagen._ledger_cli import ledger_app
    from mediagen._recovery import resume
    from typer.testing import CliRunner

    engine = seele_mock
    url = f"sqlite:///{tmp_path}/l.db"
    ledger = Ledger(url)
    with seele.Seele(engine.provider.api_key, transport=engine.transport(), ledger=ledger) as api:  # type: ignore[attr-defined]
        job = api.submit("a farm")  # the process "dies" before waiting
        engine.drop_next("after", operation="create_job")  # type: ignore[attr-defined]
        with pytest.raises(APIConnectionError):
            api.submit("lost")
        keyed = ledger.begin("killatamata", "submit_media_job", idempotency_key="k-1", body=b"{}")
        ledger.finish(keyed, "unknown")
        steps = list(resume(ledger, clients={"seele": api}, timeout=3600))
    actions = {(s.write.provider, s.action) for s in steps}
    assert actions == {("seele", "waited"), ("seele", "check-provider"), ("killatamata", "resend-with-key")}
    assert "idempotency_key='k-1'" in next(str(s) for s in steps if s.action == "resend-with-key")
    [done] = [w for w in ledger.writes() if w.job_id == job.id]
    assert done.job_state == "succeeded"
    assert list(resume(ledger, clients={"seele": api}))[0].action != "waited"  # nothing left to wait for

    runner = CliRunner()
    listed = runner.invoke(ledger_app, ["list", "--ledger", url, "--state", "unknown"])
    assert listed.exit_code == 0 and listed.output.count("unknown") == 2 and "k-1" in listed.output
    assert runner.invoke(ledger_app, ["list", "--state", "nope", "--ledger", url]).exit_code == 2
    monkeypatch.delenv("MEDIAGEN_LEDGER", raising=False)
    missing = runner.invoke(ledger_app, ["resume"])
    assert missing.exit_code == 2 and "MEDIAGEN_LEDGER" in missing.output


def test_a_killatamata_submit_is_recorded_with_its_key_and_quote(tmp_path: Path, mock_provider: Any) -> None:
    from mediagen import killatamata

    engine, ledger = mock_provider("killatamata"), Ledger(f"sqlite:///{tmp_path}/l.db")
    with killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport(), ledger=ledger) as api:
        job = api.submit("moss.sound.effect", prompt="a pistol shot", durationSeconds=2, idempotency_key="k-42")
    [write] = ledger.writes()
    assert (write.operation, write.state, write.job_id, write.idempotency_key) == (
        "submit_media_job",
        "succeeded",
        job.id,
        "k-42",
    )
    assert write.quoted_usd is not None and write.quoted_usd > 0


def test_resume_resends_a_lost_keyed_submit_with_its_key_and_it_is_made_once(
    tmp_path: Path, mock_provider: Any
) -> None:
    """A Killa Tamata submit whose answer was lost: the service re-sends it through resume() with the recorded key;
    the mock replays the job it made instead of making (and charging) a second one."""
    from mediagen import killatamata
    from mediagen._recovery import resume

    engine, ledger = mock_provider("killatamata"), Ledger(f"sqlite:///{tmp_path}/l.db")
    inputs = {"prompt": "a pistol shot", "durationSeconds": 2}
    with killatamata.KillaTamata(
        engine.provider.api_key, transport=engine.transport(), ledger=ledger, max_retries=0
    ) as api:
        engine.drop_next("after", operation="submit_media_job")
        with pytest.raises(APIConnectionError):
            api.submit("moss.sound.effect", **inputs)
        before = api.balance()
        steps = list(
            resume(
                ledger, resend=lambda w: api.submit("moss.sound.effect", idempotency_key=w.idempotency_key, **inputs)
            )
        )
        assert api.balance() == before  # a replay: charged once, at the first try
    [step] = [s for s in steps if s.write.operation == "submit_media_job" and s.write.state == "unknown"]
    assert step.action == "resent"
    jobs = {w.job_id for w in ledger.writes() if w.job_id}
    assert len(jobs) == 1 and engine.replays == 1
