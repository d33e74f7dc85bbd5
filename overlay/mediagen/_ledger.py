"""A ledger of spend and billable writes shared by processes: SQLite on one machine, PostgreSQL across machines.

```python
from mediagen import Ledger, X402Wallet, seisoai
ledger = Ledger("sqlite:///var/lib/myapp/mediagen.db")      # or "postgresql://...", or MEDIAGEN_LEDGER
wallet = X402Wallet(key, max_payment_usd="0.25", budget_usd="20", ledger=ledger)   # one budget for every worker
api = seisoai.Seisoai(x402=wallet, ledger=ledger)            # every billable write recorded before it is sent
```

Two tables, no secrets in either (no keys, signatures or bodies; a body is kept only as its SHA-256):

* ``payments``: every x402 signature, reserved against its wallet's budget *before* it is signed, in one transaction
  that serializes the wallet's reservations (``BEGIN IMMEDIATE`` on SQLite, a row lock on PostgreSQL): any number of
  processes sharing a ledger never exceed the budget together. A signature counts until it is settled (for good) or
  its ``valid_before`` passes, as in ``X402Wallet``.
* ``writes``: every billable write, recorded ``sending`` before it is sent; then ``succeeded`` with its job id,
  ``failed`` (refused, nothing done) or ``unknown`` (no answer, or one that cannot tell); waits update the job's state
  to its end. ``unfinished()`` is what a restarted service picks up; ``mediagen ledger resume`` does it from a shell.

The schema carries its version (``mediagen_meta``) and is migrated forward by the library on first use.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._exceptions import MediagenError, PaymentError

__all__ = ["LEDGER_ENV", "JobWatch", "Ledger", "LedgerError", "WriteRecord", "body_digest"]

logger = logging.getLogger("mediagen.ledger")

#: The environment variable naming the ledger every client and wallet uses when given none.
LEDGER_ENV = "MEDIAGEN_LEDGER"

#: Each entry migrates the schema from its index to the next version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE IF NOT EXISTS wallets (address TEXT PRIMARY KEY)""",
        """CREATE TABLE IF NOT EXISTS payments (
            id TEXT PRIMARY KEY, wallet TEXT NOT NULL, usd TEXT NOT NULL, valid_before BIGINT NOT NULL,
            state TEXT NOT NULL, nonce TEXT, write_id TEXT, created_at DOUBLE PRECISION NOT NULL)""",
        """CREATE INDEX IF NOT EXISTS payments_wallet ON payments (wallet, state)""",
        """CREATE TABLE IF NOT EXISTS writes (
            id TEXT PRIMARY KEY, provider TEXT NOT NULL, operation TEXT NOT NULL, idempotency_key TEXT,
            body_sha256 TEXT, quoted_usd TEXT, payment_id TEXT, state TEXT NOT NULL, job_id TEXT, job_state TEXT,
            detail TEXT, host TEXT NOT NULL, pid INTEGER NOT NULL, created_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL)""",
        """CREATE INDEX IF NOT EXISTS writes_state ON writes (state)""",
        """CREATE INDEX IF NOT EXISTS writes_job ON writes (provider, job_id)""",
    ),
    (  # 2: webhooks (mediagen.webhooks): deliveries seen (replays refused), job states watched by their update time
        """CREATE TABLE IF NOT EXISTS webhook_deliveries (
            id TEXT PRIMARY KEY, provider TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL)""",
        """CREATE INDEX IF NOT EXISTS webhook_deliveries_expiry ON webhook_deliveries (expires_at)""",
        """CREATE INDEX IF NOT EXISTS writes_updated ON writes (updated_at)""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

#: Write states. ``sending``: recorded, the answer not yet in (or the process died); ``unknown``: it may have been
#: processed and billed; ``failed``: refused, nothing done; ``succeeded``: a job id (or a result) came back.
WRITE_STATES = ("sending", "unknown", "failed", "succeeded")

#: Job states that end a wait (``JobStatus`` values): ``job()`` announces these to ``watch_job`` waiters.
TERMINAL_JOB_STATES = ("succeeded", "failed", "canceled")

#: The PostgreSQL channel ``job()`` NOTIFYs a terminal job state on (payload: JSON provider, job_id, state).
JOB_CHANNEL = "mediagen_jobs"


class LedgerError(MediagenError):
    """The ledger cannot be opened or used (a bad URL, a missing driver, a schema newer than this library)."""


def body_digest(body: bytes | None) -> str | None:
    """What the ledger keeps of a request body: its SHA-256, never the body."""
    return None if body is None else hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class WriteRecord:
    """One billable write as the ledger holds it."""

    id: str
    provider: str
    operation: str
    idempotency_key: str | None
    body_sha256: str | None
    quoted_usd: Decimal | None
    payment_id: str | None
    state: str
    job_id: str | None
    job_state: str | None
    detail: str | None
    host: str
    pid: int
    created_at: float
    updated_at: float


class Ledger:
    """See the module docstring. ``url``: ``sqlite:///relative/or//absolute/path`` or ``postgresql://…``."""

    #: Seconds between a SQLite ledger's watcher looks at the file (only when it changed) for ``watch_job``.
    watch_interval: float = 0.25

    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            self.kind = "sqlite"
            self._path = url.removeprefix("sqlite:///") or ":memory:"
        elif url.startswith(("postgresql://", "postgres://")):
            self.kind = "postgresql"
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise LedgerError("a PostgreSQL ledger needs psycopg: pip install 'mediagen-clients[ledger]'") from None
        else:
            raise LedgerError(f"ledger URL {_redact(url)!r}: use sqlite:///PATH or postgresql://…")
        self._local = threading.local()
        self._host = socket.gethostname()
        self._watcher: _Watcher | None = None
        self._watcher_lock = threading.Lock()
        self._migrate()

    def __repr__(self) -> str:
        return f"Ledger({_redact(self.url)!r})"

    @classmethod
    def from_env(cls) -> Ledger | None:
        url = os.environ.get(LEDGER_ENV, "").strip()
        return cls(url) if url else None

    # -- connections ----------------------------------------------------------------------------------------------
    def _connection(self) -> Any:
        pid = os.getpid()
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "pid", None) == pid:
            return conn
        if self.kind == "sqlite":
            conn = sqlite3.connect(self._path, timeout=60, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=60000")
        else:
            import psycopg

            try:
                conn = psycopg.connect(self.url, autocommit=True)
            except psycopg.OperationalError as exc:
                raise LedgerError(f"cannot open the ledger {_redact(self.url)}: {str(exc).splitlines()[0]}") from None
        self._local.conn, self._local.pid = conn, pid
        return conn

    def _sql(self, text: str) -> str:
        return text if self.kind == "sqlite" else text.replace("?", "%s")

    def _execute(self, conn: Any, text: str, args: Sequence[Any] = ()) -> Any:
        return conn.execute(self._sql(text), tuple(args))

    @contextmanager
    def _transaction(self, lock_wallet: str | None = None) -> Iterator[Any]:
        """One transaction; with ``lock_wallet``, serialized against every other reservation for that wallet."""
        conn = self._connection()
        if self.kind == "sqlite":
            conn.execute("BEGIN IMMEDIATE")  # the database's write lock: reservations run one at a time
        else:
            conn.execute("BEGIN")
            if lock_wallet is not None:
                self._execute(conn, "INSERT INTO wallets (address) VALUES (?) ON CONFLICT DO NOTHING", [lock_wallet])
                self._execute(conn, "SELECT address FROM wallets WHERE address = ? FOR UPDATE", [lock_wallet])
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._transaction() as conn:
            self._execute(conn, "CREATE TABLE IF NOT EXISTS mediagen_meta (version INTEGER NOT NULL)")
            row = self._execute(conn, "SELECT version FROM mediagen_meta").fetchone()
            version = 0 if row is None else int(row[0])
            if version > SCHEMA_VERSION:
                raise LedgerError(
                    f"the ledger's schema is version {version}, newer than this library's "
                    f"{SCHEMA_VERSION}: upgrade mediagen-clients"
                )
            for step in MIGRATIONS[version:]:
                for statement in step:
                    conn.execute(statement)
            if row is None:
                self._execute(conn, "INSERT INTO mediagen_meta (version) VALUES (?)", [SCHEMA_VERSION])
            elif version < SCHEMA_VERSION:
                self._execute(conn, "UPDATE mediagen_meta SET version = ?", [SCHEMA_VERSION])

    # -- payments ---------------------------------------------------------------------------------------------------
    def _exposure(self, conn: Any, wallet: str, now: float) -> tuple[Decimal, Decimal, Decimal]:
        rows = self._execute(conn, "SELECT usd, valid_before, state FROM payments WHERE wallet = ?", [wallet])
        settled = outstanding = expired = Decimal(0)
        for usd, valid_before, state in rows.fetchall():
            if state in ("settled", "accepted"):
                settled += Decimal(usd)
            elif state in ("reserved", "signed") and valid_before > now:
                outstanding += Decimal(usd)
            elif state == "signed":
                expired += Decimal(usd)
        return settled, outstanding, expired

    def exposure(self, wallet: str, now: float | None = None) -> tuple[Decimal, Decimal, Decimal]:
        """(settled, outstanding, expired) USD of ``wallet``'s signatures, across every process on this ledger."""
        return self._exposure(self._connection(), wallet, time.time() if now is None else now)

    def reserve(
        self, wallet: str, usd: Decimal, budget: Decimal, valid_before: int, now: float, *, count_expired: bool = True
    ) -> str:
        """Count ``usd`` against ``wallet``'s budget before it is signed; PaymentError (nothing signed) if it would
        not fit. Returns the payment's id, to pass to ``signed``/``settled``/``release``."""
        payment_id = uuid.uuid4().hex
        with self._transaction(lock_wallet=wallet) as conn:
            settled, outstanding, expired = self._exposure(conn, wallet, now)
            left = budget - settled - outstanding - (expired if count_expired else Decimal(0))
            if usd > left:
                raise PaymentError(
                    f"x402: the server asks ${usd}, more than the ${left} left of the ${budget} "
                    f"budget shared through the ledger (settled ${settled}, outstanding "
                    f"${outstanding}, expired of unknown outcome ${expired}). Nothing was "
                    "signed."
                )
            self._execute(
                conn,
                "INSERT INTO payments (id, wallet, usd, valid_before, state, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [payment_id, wallet, str(usd), int(valid_before), "reserved", now],
            )
        return payment_id

    def payment(
        self, payment_id: str, state: str, *, nonce: str | None = None, valid_before: int | None = None
    ) -> None:
        """Record what became of a reserved payment: ``signed`` (with its nonce and validBefore), ``settled``,
        ``accepted`` or ``released``."""
        conn = self._connection()
        if nonce is not None and valid_before is not None:
            self._execute(
                conn,
                "UPDATE payments SET state = ?, nonce = ?, valid_before = ? WHERE id = ?",
                [state, nonce, int(valid_before), payment_id],
            )
        else:
            self._execute(conn, "UPDATE payments SET state = ? WHERE id = ?", [state, payment_id])

    # -- writes -----------------------------------------------------------------------------------------------------
    def begin(
        self,
        provider: str,
        operation: str,
        *,
        idempotency_key: str | None,
        body: bytes | None,
        quoted_usd: Decimal | None = None,
    ) -> str:
        """Record a billable write as ``sending``, before it is sent. Returns its id."""
        write_id, now = uuid.uuid4().hex, time.time()
        self._execute(
            self._connection(),
            "INSERT INTO writes (id, provider, operation, idempotency_key, body_sha256, quoted_usd, state, host, pid, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'sending', ?, ?, ?, ?)",
            [
                write_id,
                provider,
                operation,
                idempotency_key,
                body_digest(body),
                None if quoted_usd is None else str(quoted_usd),
                self._host,
                os.getpid(),
                now,
                now,
            ],
        )
        return write_id

    def finish(
        self,
        write_id: str,
        state: str,
        *,
        job_id: str | None = None,
        job_state: str | None = None,
        payment_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Record how a write ended: ``succeeded`` (with its job id), ``failed`` or ``unknown``."""
        if state not in WRITE_STATES:
            raise ValueError(f"write state {state!r} is not one of {WRITE_STATES}")
        self._execute(
            self._connection(),
            "UPDATE writes SET state = ?, job_id = COALESCE(?, job_id), job_state = COALESCE(?, job_state), "
            "payment_id = COALESCE(?, payment_id), detail = COALESCE(?, detail), updated_at = ? WHERE id = ?",
            [state, job_id, job_state, payment_id, detail, time.time(), write_id],
        )

    def job(self, provider: str, job_id: str, job_state: str) -> None:
        """A wait (or a webhook) learned a job's state. A terminal one wakes ``watch_job`` waiters in every process
        (NOTIFY on PostgreSQL, in the same statement; the SQLite file's watchers see it on their next look)."""
        args = [job_state, time.time(), provider, job_id]
        update = "UPDATE writes SET job_state = ?, updated_at = ? WHERE provider = ? AND job_id = ?"
        if self.kind == "postgresql" and job_state in TERMINAL_JOB_STATES:
            payload = json.dumps({"provider": provider, "job_id": job_id, "state": job_state})
            self._execute(
                self._connection(),
                f"WITH updated AS ({update} RETURNING 1) SELECT pg_notify(?, ?) WHERE EXISTS (SELECT 1 FROM updated)",
                [*args, JOB_CHANNEL, payload],
            )
        else:
            self._execute(self._connection(), update, args)
        if job_state in TERMINAL_JOB_STATES and self._watcher is not None:
            self._watcher.dispatch(provider, job_id, job_state)  # waiters on this very Ledger: at once

    # -- webhooks and waits on job states (mediagen.webhooks) ------------------------------------------------------
    def job_state(self, provider: str, job_id: str) -> str | None:
        """The job's last recorded state (None: no write of this ledger has that job id, or no state yet)."""
        row = self._execute(
            self._connection(),
            "SELECT job_state FROM writes WHERE provider = ? AND job_id = ? ORDER BY updated_at DESC LIMIT 1",
            [provider, job_id],
        ).fetchone()
        return None if row is None else row[0]

    def submitted(self, provider: str, job_id: str) -> bool:
        """Whether a billable write recorded in this ledger created this job (how an unsigned callback is judged)."""
        row = self._execute(
            self._connection(), "SELECT 1 FROM writes WHERE provider = ? AND job_id = ? LIMIT 1", [provider, job_id]
        ).fetchone()
        return row is not None

    def delivery(self, provider: str, delivery_id: str, *, expires_at: float, now: float | None = None) -> bool:
        """Record a webhook delivery's id; False if it was recorded before (a replay, to refuse), in any process.
        Ids are kept until ``expires_at`` (past it the delivery is stale anyway), then dropped."""
        now = time.time() if now is None else now
        with self._transaction() as conn:
            self._execute(conn, "DELETE FROM webhook_deliveries WHERE expires_at < ?", [now])
            key = f"{provider}:{delivery_id}"
            cursor = self._execute(
                conn,
                "INSERT INTO webhook_deliveries (id, provider, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [key, provider, expires_at],
            )
            return bool(cursor.rowcount == 1)

    def forget_delivery(self, provider: str, delivery_id: str) -> None:
        """Undo ``delivery`` (its processing failed: the sender's retry must be taken)."""
        self._execute(self._connection(), "DELETE FROM webhook_deliveries WHERE id = ?", [f"{provider}:{delivery_id}"])

    def watch_job(self, provider: str, job_id: str) -> JobWatch:
        """Wait for the job to reach a terminal state recorded by anyone on this ledger (a webhook receiver in another
        process or machine, another waiter): ``with ledger.watch_job(p, id) as w: state = w.wait(timeout)``, or
        ``await w.wait_async(timeout)``. One watcher thread per Ledger serves every watch (LISTEN on PostgreSQL, a
        look at the SQLite file every ``watch_interval`` seconds, only when the file changed)."""
        with self._watcher_lock:
            if self._watcher is None:
                self._watcher = _Watcher(self)
            watcher = self._watcher
        watch = JobWatch(watcher, provider, job_id)
        watcher.add(watch)
        state = self.job_state(provider, job_id)  # recorded before the watch began
        if state in TERMINAL_JOB_STATES:
            watcher.dispatch(provider, job_id, state)
        return watch

    def writes(self, *, state: str | None = None, provider: str | None = None) -> list[WriteRecord]:
        """Recorded writes, oldest first, optionally of one state or provider."""
        clauses, args = [], []
        if state is not None:
            clauses.append("state = ?")
            args.append(state)
        if provider is not None:
            clauses.append("provider = ?")
            args.append(provider)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        columns = ", ".join(WriteRecord.__dataclass_fields__)
        rows = self._execute(self._connection(), f"SELECT {columns} FROM writes{where} ORDER BY created_at", args)
        return [_record(row) for row in rows.fetchall()]

    def orphans(self) -> list[WriteRecord]:
        """``sending`` writes whose process on this host is gone (killed between send and answer): marked
        ``unknown`` now, since they may have been processed. Writes of other hosts are left to those hosts."""
        found = []
        for write in self.writes(state="sending"):
            if write.host == self._host and not _alive(write.pid):
                self.finish(write.id, "unknown", detail="the process died between send and answer")
                found.append(write)
        return found

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "pid", None) == os.getpid():
            conn.close()
        self._local = threading.local()


class JobWatch:
    """A wait for one job's terminal state on a ledger (``Ledger.watch_job``); ``state`` once it came."""

    def __init__(self, watcher: _Watcher, provider: str, job_id: str) -> None:
        self.key = (provider, job_id)
        self.state: str | None = None
        self._watcher = watcher
        self._event = threading.Event()
        self._aevent: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _fire(self, state: str) -> None:
        """From any thread: the job ended (first word wins)."""
        if self.state is not None:
            return
        self.state = state
        self._event.set()
        aevent, loop = self._aevent, self._loop
        if aevent is not None and loop is not None:
            try:
                loop.call_soon_threadsafe(aevent.set)
            except RuntimeError:  # the loop is closed: nobody awaits it any more
                pass
        self._watcher.remove(self)

    def _recheck(self) -> str | None:
        """A direct look at the ledger (a notification lost with a dropped connection is never the last word)."""
        state = self._watcher.ledger.job_state(*self.key)
        if state in TERMINAL_JOB_STATES:
            self._fire(state)
            return state
        return None

    def wait(self, timeout: float | None) -> str | None:
        """Block until the job's terminal state is recorded (returned), or ``timeout`` seconds (None)."""
        if self._event.wait(timeout):
            return self.state
        return self._recheck()

    async def wait_async(self, timeout: float | None) -> str | None:
        """``wait`` for asyncio: no thread per watch, the watcher thread sets an asyncio.Event."""
        if self.state is None:
            if self._aevent is None:
                self._aevent = asyncio.Event()
                self._loop = asyncio.get_running_loop()
                if self.state is not None:  # fired while the event was being made
                    self._aevent.set()
            try:
                async with asyncio.timeout(timeout):
                    await self._aevent.wait()
            except TimeoutError:
                return self._recheck()
        return self.state

    def close(self) -> None:
        self._watcher.remove(self)

    def __enter__(self) -> JobWatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Watcher:
    """One thread per Ledger waking every JobWatch: LISTEN on PostgreSQL; on SQLite a look at the rows updated
    lately whenever the file's ``data_version`` moved. It ends when no watch is left and starts again with the next."""

    MARGIN = 5.0
    """SQLite: seconds of overlap between looks (a row's updated_at is taken just before its commit)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.lock = threading.Lock()
        self.watches: dict[tuple[str, str], set[JobWatch]] = {}
        self.thread: threading.Thread | None = None

    def add(self, watch: JobWatch) -> None:
        with self.lock:
            self.watches.setdefault(watch.key, set()).add(watch)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="mediagen-ledger-watch", daemon=True)
                self.thread.start()

    def remove(self, watch: JobWatch) -> None:
        with self.lock:
            found = self.watches.get(watch.key)
            if found is not None:
                found.discard(watch)
                if not found:
                    del self.watches[watch.key]

    def dispatch(self, provider: str, job_id: str, state: str) -> None:
        with self.lock:
            found = list(self.watches.get((provider, job_id), ()))
        for watch in found:
            watch._fire(state)

    def _idle(self) -> bool:
        """No watch left: the thread ends (under the lock, so ``add`` starts a new one)."""
        with self.lock:
            if self.watches:
                return False
            self.thread = None
            return True

    def _run(self) -> None:
        try:
            if self.ledger.kind == "sqlite":
                self._run_sqlite()
            else:
                self._run_postgres()
        except Exception:  # waits still end: each rechecks the ledger at its timeout, and polls the provider
            logger.exception("the ledger's job watcher stopped")
            with self.lock:
                self.thread = None

    def _run_sqlite(self) -> None:
        conn = sqlite3.connect(self.ledger._path, timeout=60, isolation_level=None, check_same_thread=False)
        try:
            version, since = None, time.time()
            terminal = ", ".join("?" * len(TERMINAL_JOB_STATES))
            query = f"SELECT provider, job_id, job_state FROM writes WHERE updated_at > ? AND job_state IN ({terminal})"
            while not self._idle():
                now_version = conn.execute("PRAGMA data_version").fetchone()[0]
                if now_version != version:  # another connection committed since the last look
                    version, started = now_version, time.time()
                    for provider, job_id, state in conn.execute(query, [since - self.MARGIN, *TERMINAL_JOB_STATES]):
                        self.dispatch(provider, job_id, state)
                    since = started
                time.sleep(self.ledger.watch_interval)
        finally:
            conn.close()

    def _run_postgres(self) -> None:
        import psycopg

        conn = psycopg.connect(self.ledger.url, autocommit=True)
        try:
            conn.execute(f"LISTEN {JOB_CHANNEL}")
            # Catch up: what ended between the first watches' own look and LISTEN.
            with self.lock:
                job_ids = [job_id for _, job_id in self.watches]
            if job_ids:
                rows = conn.execute(
                    "SELECT provider, job_id, job_state FROM writes WHERE job_id = ANY(%s) AND job_state = ANY(%s)",
                    [job_ids, list(TERMINAL_JOB_STATES)],
                )
                for provider, job_id, state in rows.fetchall():
                    self.dispatch(provider, job_id, state)
            while not self._idle():
                for note in conn.notifies(timeout=1.0):
                    event = json.loads(note.payload)
                    self.dispatch(event["provider"], event["job_id"], event["state"])
        finally:
            conn.close()


def _record(row: Sequence[Any]) -> WriteRecord:
    values = list(row)
    values[5] = None if values[5] is None else Decimal(values[5])
    return WriteRecord(*values)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _redact(url: str) -> str:
    """The URL without its password."""
    scheme, sep, rest = url.partition("://")
    if "@" not in rest:
        return url
    creds, _, host = rest.rpartition("@")
    user = creds.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"
