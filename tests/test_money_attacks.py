"""The money path attacked as a hostile x402 server would attack it (a second pass after issue 10).

Each test names one attack. An attack that held is kept as a regression test; one that broke and was fixed in
``mediagen/_x402.py`` has a normal test; one that breaks in code outside ``_x402.py`` (``_auth.py``, ``_client.py``) is
``xfail(strict=True)``, its reason saying what to change. Servers are ``HostileX402`` (it settles every valid
signature the moment it arrives, then answers what its script says), in process or on a loopback socket, and the
Killa Tamata mock with its faults.
"""

from __future__ import annotations

import base64
import logging
import socket
import threading
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import orjson
import pytest
from eth_account import Account
from mediagen import MediagenError, PaymentError, PaymentRequiredError, X402Wallet, killatamata
from mediagen.testing import mock
from mediagen.testing._engine import Fault

from tests import money_scenarios as m

Spoil = Callable[[dict[str, Any]], Any]


def _b64(doc: Any) -> str:
    return base64.b64encode(orjson.dumps(doc)).decode()


def _option(doc: dict[str, Any], **changes: Any) -> None:
    doc["accepts"][0].update(changes)


def _hostile(spoil: Spoil | None = None, raw: Spoil | None = None, **server: Any) -> m.HostileX402:
    """A HostileX402 whose challenge is spoiled in place (sent in the header and the body), or replaced by ``raw``."""

    def answer(doc: dict[str, Any], headers: dict[str, str]) -> Any:
        if raw is not None:
            return raw(doc)
        if spoil is not None:
            spoil(doc)
        return 402, {"PAYMENT-REQUIRED": _b64(doc), "content-type": "application/json"}, orjson.dumps(doc)

    return m.HostileX402(challenge=answer, ok_body=m.OK_BODY, **server)


def _call(server: m.HostileX402, wallet: X402Wallet, **options: Any) -> Any:
    """One Seisoai invoke (x402-payable, no idempotency key) against ``server``: its result or its exception."""
    api = m._invoke_api(wallet, base_url="http://gateway.test", transport=server.transport(), **options)
    try:
        return m._invoke(api)
    except Exception as exc:  # returned, so each test says which kinds are acceptable
        return exc
    finally:
        api.client.get_httpx_client().close()


# -- (d) a hostile challenge is a typed error, and nothing malformed is ever signed --------------------------------

MALFORMED: dict[str, Spoil] = {
    # `extra` of the wrong type was a raw ValueError/TypeError from dict() before the fix in _x402.py
    "extra is a string": lambda d: _option(d, extra="abc"),
    "extra is an empty string": lambda d: _option(d, extra=""),
    "extra is a number": lambda d: _option(d, extra=5),
    "extra is a list": lambda d: _option(d, extra=[1, 2]),
    "extra is a list of pairs": lambda d: _option(d, extra=[["name", "USD Coin"], ["version", "2"]]),
    "negative amount": lambda d: _option(d, amount="-65000"),
    "float amount": lambda d: _option(d, amount=65000.5),
    "decimal-string amount": lambda d: _option(d, amount="0.065"),
    "bool amount": lambda d: _option(d, amount=True),
    "arabic-indic digits": lambda d: _option(d, amount="٦٥٠٠٠"),
    "fullwidth digits": lambda d: _option(d, amount="６５０００"),
    "superscript digits": lambda d: _option(d, amount="⁶⁵⁰⁰⁰"),
    "amount with a newline": lambda d: _option(d, amount="65000\n"),
    "amount 2**256": lambda d: _option(d, amount=str(2**256)),
    "amount 0": lambda d: _option(d, amount="0"),
    "network a number": lambda d: _option(d, network=8453),
    "asset an object": lambda d: _option(d, asset={"symbol": "USDC"}),
    "payTo not an address": lambda d: _option(d, payTo="0x123"),
    "maxTimeoutSeconds -1": lambda d: _option(d, maxTimeoutSeconds=-1),
    "maxTimeoutSeconds a string": lambda d: _option(d, maxTimeoutSeconds="300"),
    "maxTimeoutSeconds 1e40": lambda d: _option(d, maxTimeoutSeconds=1e40),
    "permit2": lambda d: d["accepts"][0]["extra"].update(assetTransferMethod="permit2"),
    "assetTransferMethod a list": lambda d: d["accepts"][0]["extra"].update(assetTransferMethod=[1]),
    "scheme upto": lambda d: _option(d, scheme="upto"),
    "testnet": lambda d: _option(d, network="eip155:84532"),
    "accepts empty": lambda d: d.update(accepts=[]),
    "accepts [null]": lambda d: d.update(accepts=[None]),
    "accepts an object": lambda d: d.update(accepts={"0": d["accepts"][0]}),
    "x402Version true": lambda d: d.update(x402Version=True),
    "x402Version 2.0": lambda d: d.update(x402Version=2.0),
    "x402Version '2'": lambda d: d.update(x402Version="2"),
    "resource a string": lambda d: d.update(resource="http://gateway.test"),
    "extensions a list": lambda d: d.update(extensions=[1]),
    "300 options (over 64 KiB)": lambda d: d.update(accepts=d["accepts"] * 300),
}

RAW: dict[str, Callable[[dict[str, Any]], Any]] = {
    "header: base64 garbage": lambda d: (402, {"PAYMENT-REQUIRED": "!!!*** not base64"}, b""),
    "header: base64 of a list": lambda d: (402, {"PAYMENT-REQUIRED": _b64([d])}, b""),
    "header: base64 of 5,000-deep JSON": lambda d: (
        402,
        {"PAYMENT-REQUIRED": base64.b64encode(b"[" * 5000 + b"]" * 5000).decode()},
        b"",
    ),
    "header: 200 KB": lambda d: (402, {"PAYMENT-REQUIRED": "A" * 200_000}, b""),
    "body: 100,000-deep JSON": lambda d: (402, {"content-type": "application/json"}, b"[" * 100_000 + b"]" * 100_000),
    "body: 5 MB string": lambda d: (402, {"content-type": "application/json"}, b'{"x":"' + b"a" * 5_000_000 + b'"}'),
    "body: 5,000-digit number": lambda d: (402, {}, b'{"x402Version":2,"accepts":[{"amount":' + b"9" * 5000 + b"}]}"),
    "body: NaN": lambda d: (402, {}, b'{"x402Version":2,"accepts":[{"amount":NaN}]}'),
    "body: UTF-16": lambda d: (402, {}, orjson.dumps(d).decode().encode("utf-16")),
    "body: invalid UTF-8": lambda d: (402, {}, b'{"x402Version":2,"accepts":["\xff\xfe"]}'),
}


@pytest.mark.parametrize("spoil", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_challenge_is_a_typed_error_and_nothing_is_signed(spoil: Spoil) -> None:
    server, wallet = _hostile(spoil), m._wallet()
    outcome = _call(server, wallet)
    assert isinstance(outcome, MediagenError), f"{type(outcome).__name__}: {outcome}"
    assert isinstance(outcome, PaymentError | PaymentRequiredError)
    assert server.signatures == [] and wallet.committed_usd == 0


@pytest.mark.parametrize("answer", RAW.values(), ids=RAW.keys())
def test_a_hostile_402_header_or_body_is_a_typed_error(answer: Callable[[dict[str, Any]], Any]) -> None:
    server, wallet = _hostile(raw=answer), m._wallet()
    outcome = _call(server, wallet)
    assert isinstance(outcome, MediagenError), f"{type(outcome).__name__}: {outcome}"
    assert server.signatures == [] and wallet.committed_usd == 0


TWO_OPTIONS: dict[str, Spoil] = {
    "a second option with extra a string": lambda d: d["accepts"].append({**d["accepts"][0], "extra": "zz"}),
    "a second option null": lambda d: d["accepts"].append(None),
    "a cheaper option on another chain": lambda d: d["accepts"].insert(
        0, {**d["accepts"][0], "amount": "1", "network": "eip155:1"}
    ),
    "a cheaper option with a bad payTo": lambda d: d["accepts"].insert(
        0, {**d["accepts"][0], "amount": "1", "payTo": "nope"}
    ),
    "a cheaper option in permit2": lambda d: d["accepts"].insert(
        0, {**d["accepts"][0], "amount": "1", "extra": {"assetTransferMethod": "permit2"}}
    ),
    "a dearer option first": lambda d: d["accepts"].insert(0, {**d["accepts"][0], "amount": "90000"}),
}


@pytest.mark.parametrize("spoil", TWO_OPTIONS.values(), ids=TWO_OPTIONS.keys())
def test_of_two_options_only_the_good_cheapest_one_is_signed_once(spoil: Spoil) -> None:
    server, wallet = _hostile(spoil), m._wallet()
    outcome = _call(server, wallet)
    assert not isinstance(outcome, Exception), outcome
    assert len(server.signatures) == server.would_settle == len(server.x402.settlements) == 1
    assert server.settled_usd == wallet.settled_usd == Decimal("0.065")


def test_a_refusal_quotes_the_server_on_one_line_and_briefly() -> None:
    """Fixed in _x402.py: a refusal used to quote a server's field whole (64 KiB, newlines: a forged log line)."""

    def spoil(doc: dict[str, Any]) -> None:
        doc["accepts"] = [
            {**doc["accepts"][0], "scheme": "exact\nERROR forged log line"},
            {**doc["accepts"][0], "asset": "Z" * 15_000},
            {**doc["accepts"][0], "network": "eip155:1\r\n" + "x" * 15_000},
            {**doc["accepts"][0], "extra": {"assetTransferMethod": {"k": "v" * 15_000}}},
        ]

    outcome = _call(_hostile(spoil), m._wallet())
    assert isinstance(outcome, PaymentError)
    text = str(outcome)
    assert "\n" not in text and "\r" not in text and len(text) < 600, text
    assert "'exact\\nERROR forged log line'" in text


# -- (a) one signature per logical call; (b) caps and budget --------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 402, 409, 307, 404])
def test_an_unkeyed_call_answered_anything_but_2xx_after_paying_is_never_paid_again(status: int) -> None:
    server, wallet = _hostile(script=[status]), m._wallet()
    outcome = _call(server, wallet)
    assert isinstance(outcome, MediagenError) and outcome.payment is not None
    assert len(server.signatures) == 1 and wallet.outstanding_usd == server.settled_usd == Decimal("0.065")


def test_the_client_spending_cap_holds_below_the_wallet_cap() -> None:
    server, wallet = _hostile(), m._wallet(max_usd="1")
    outcome = _call(server, wallet, spending_cap_usd="0.05")
    assert isinstance(outcome, PaymentError) and "above the $0.05 cap" in str(outcome)
    assert server.signatures == [] and wallet.payments == []


# -- (e) a 402 where the spec takes no payment is raised, never paid -----------------------------------------------


def test_a_402_on_a_killatamata_write_that_takes_no_x402_is_not_paid_and_keeps_its_key() -> None:
    engine, hostile = mock("killatamata"), _hostile()
    wallet = m._wallet(max_usd="1")
    inner = engine.transport()

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/keys"):  # create_key (POST) and list_keys (GET) answered by a challenge
            return hostile.transport().handle_request(request)
        return inner.handle_request(request)

    with killatamata.KillaTamata(engine.provider.api_key, transport=httpx.MockTransport(route), x402=wallet) as api:
        with pytest.raises(PaymentRequiredError) as caught:
            api.create_key("worker")
        with pytest.raises(PaymentRequiredError):
            api.list_keys()
    assert hostile.signatures == [] and wallet.payments == []
    assert caught.value.idempotency_key and caught.value.payment is None


# -- (f) the key and the payment are never lost from an exception ---------------------------------------------------


def test_a_keyed_retry_refused_by_the_budget_still_carries_the_first_payment_and_the_key() -> None:
    engine = mock("killatamata")
    wallet = m._wallet(max_usd="1", budget="1.5")  # one $1 signature fits, a second does not
    paid = lambda r: r.header("payment-signature") is not None  # noqa: E731
    with killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport(), x402=wallet) as api:
        engine.faults.append(Fault("purchase_credits_x402", status=500, after=True, when=paid))  # billed, then 500
        with pytest.raises(PaymentError) as caught:
            api.purchase_credits(100)
        assert caught.value.idempotency_key and caught.value.payment is not None
        assert caught.value.payment.usd == Decimal(1) and caught.value.payment.state == "signed"
        purchase = api.purchase_credits(100, idempotency_key=caught.value.idempotency_key)  # replayed, not bought
    assert purchase.credited_usd == Decimal(1)
    assert len(engine.provider.x402.settlements) == 1 and wallet.committed_usd == Decimal(1)


def test_a_paid_2xx_whose_body_does_not_match_still_carries_the_payment() -> None:
    server, wallet = _hostile(), m._wallet()
    server.ok_body = {"unexpected": True}
    outcome = _call(server, wallet)
    assert isinstance(outcome, MediagenError) and len(server.x402.settlements) == 1
    assert outcome.payment is not None and outcome.payment.usd == Decimal("0.065")


def test_every_outstanding_signature_of_a_keyed_call_is_on_its_exception() -> None:
    engine = mock("killatamata")
    wallet = m._wallet(max_usd="1", budget="5")
    paid = lambda r: r.header("payment-signature") is not None  # noqa: E731
    with killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport(), x402=wallet) as api:
        for _ in range(3):
            engine.faults.append(Fault("purchase_credits_x402", status=503, when=paid))
        with pytest.raises(MediagenError) as caught:
            api.purchase_credits(100)
    assert wallet.outstanding_usd == Decimal(3)
    told = getattr(caught.value, "payments", [caught.value.payment])
    assert sum((p.usd for p in told), Decimal(0)) == wallet.outstanding_usd


def test_expired_signatures_that_may_have_been_settled_do_not_refill_the_budget() -> None:
    now = [time.time()]
    wallet = X402Wallet(Account.create(), max_payment_usd="0.10", budget_usd="0.10", clock=lambda: now[0])
    server = _hostile(script=[500] * 5)
    for _ in range(5):
        _call(server, wallet)
        now[0] += 301  # each signature expires, unresolved; the server settled every one on arrival
    assert server.settled_usd <= wallet.budget_usd


# -- (d) a body that never ends -------------------------------------------------------------------------------------


class EndlessServer:
    """Answers every request with a 402 whose chunked JSON body never ends (16 KiB every 20 ms), on loopback."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)  # accept() wakes up to see stop (closing a socket does not wake it)
        self.stop = threading.Event()
        self.sent = 0
        self.conns: list[socket.socket] = []
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            self.conns.append(conn)
            worker = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            self.threads.append(worker)
            worker.start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 402 Payment Required\r\ncontent-type: application/json\r\n"
                b"transfer-encoding: chunked\r\n\r\n4000\r\n[" + b" " * 16383 + b"\r\n"
            )
            while not self.stop.wait(0.02):
                conn.sendall(b"4000\r\n" + b" " * 16384 + b"\r\n")
                self.sent += 16384
        except OSError:
            pass

    def close(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(5)
        self.listener.close()
        for conn in self.conns:
            conn.close()


def test_a_402_body_that_never_ends_is_a_typed_error_within_seconds() -> None:
    server, wallet = EndlessServer(), m._wallet()
    api = m._invoke_api(wallet, base_url=server.url, timeout=1)
    outcome: list[BaseException | None] = []

    def call() -> None:
        try:
            m._invoke(api)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            outcome.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(2)
    hung, read = caller.is_alive(), server.sent
    server.close()  # ends the body: the call then fails on an incomplete chunked read
    caller.join(5)
    api.client.get_httpx_client().close()
    assert not hung, f"still reading after 2 s ({read:,} bytes taken)"
    assert isinstance(outcome[0], MediagenError) and read <= 1024 * 1024


# -- (c) no signature or key in a log line, repr, str or exception text ----------------------------------------------


@pytest.mark.parametrize("script", [[500], [402], [429], [m.DROP], [200]], ids=["500", "402", "429", "drop", "200"])
def test_no_signature_or_key_reaches_a_log_line_repr_or_exception_text(
    script: list[int | str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    account = Account.create()
    wallet = X402Wallet(account, max_payment_usd="0.10", budget_usd="5")
    server = m.HostileX402(script=list(script), ok_body=m.OK_BODY)
    texts: list[str] = []
    with server.serve() as base_url:  # a real socket: httpcore's and h11's own log lines too
        api = m._invoke_api(wallet, base_url=base_url)
        try:
            texts.append(repr(m._invoke(api)))
        except MediagenError as exc:
            texts += ["".join(traceback.format_exception(exc)), repr(exc), str(exc), repr(exc.payment)]
            cause: BaseException | None = exc
            while cause is not None:  # the whole chain, suppressed context included
                texts.append(repr(cause))
                cause = cause.__cause__ or cause.__context__
        finally:
            api.client.get_httpx_client().close()
        texts += [repr(api.client.get_httpx_client()._auth), repr(wallet), str(wallet)]
        texts += [repr(p) + str(p) for p in wallet.payments]
    [signature] = server.signatures
    blob = caplog.text + "\n".join(texts)
    assert signature not in blob and signature[16:64] not in blob
    assert account.key.hex().removeprefix("0x") not in blob
