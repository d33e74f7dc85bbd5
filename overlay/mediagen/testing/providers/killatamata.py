"""A stateful Killa Tamata: accounts and keys, a USD balance debited at submit by the documented prices, media jobs
on the test clock, idempotency replay (the engine's), x402 credit purchase, device link, checkout and claim.

The account-management long tail is in ``_killatamata_account`` (Google/email/browser sign-in, affiliates) and
``_killatamata_studio`` (Studio); buying credit (x402, checkouts, claims, provider callbacks) is in
``_killatamata_purchases``.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ...providers._killatamata_prices import quote
from .._engine import MockEngine, MockRequest, MockResponse
from .._x402 import MockX402
from ._killatamata_account import AccountRoutes, iso
from ._killatamata_purchases import PACKAGES, Checkout, PurchaseRoutes
from ._killatamata_studio import StudioRoutes

__all__ = ["KillaTamataMock"]

#: The mock's own base prices for the tasks the document prices nowhere (surcharges still apply).
MOCK_BASE_PRICES = {"image.generate": "0.02", "image.edit": "0.03", "video.generate": "0.12", "trellis.generate": "0.1"}
OUTPUT_EXT = {"image": "webp", "video": "mp4", "audio": "mp3", "ace": "mp3", "moss": "mp3", "trellis": "glb"}
DOWNLOAD_WINDOW = 48 * 3600
CDN_CLEANUP = 72 * 3600


@dataclass
class Account:
    id: str
    balance: Decimal = Decimal(0)
    email: str | None = None
    bound_code: str | None = None
    """The affiliate code the account was referred by (bind_affiliate_code)."""


@dataclass
class Key:
    account: str
    label: str
    created: float
    revoked: bool = False
    last_used: float | None = None

    @staticmethod
    def prefix_of(key: str) -> str:
        return key[:12]


@dataclass
class MediaJob:
    id: str
    account: str
    task: str
    input: dict[str, Any]
    created: float
    starts: float
    finishes: float
    charged: Decimal
    fail: str | None = None
    canceled: bool = False


@dataclass
class DeviceLink:
    user_code: str
    label: str
    expires: float
    account: str | None = None
    status: str = "pending"


@dataclass
class KillaTamataMock(AccountRoutes, StudioRoutes, PurchaseRoutes):
    """Killa Tamata's documented behaviour. ``job_seconds`` is how long a job runs on the mock's clock."""

    name = "killatamata"
    package = "killatamata_client"
    idempotency = ("X-Idempotency-Key", "idempotencyKey")

    job_seconds: float = 30.0
    queue_seconds: float = 2.0
    starting_balance: Decimal = Decimal("10")
    api_key: str = field(default_factory=lambda: "kt_mock_" + secrets.token_hex(12))
    webhook_secret: str = field(default_factory=lambda: "whsec_mock_" + secrets.token_hex(8))
    accounts: dict[str, Account] = field(default_factory=dict)
    keys: dict[str, Key] = field(default_factory=dict)
    jobs: dict[str, MediaJob] = field(default_factory=dict)
    links: dict[str, DeviceLink] = field(default_factory=dict)
    checkouts: dict[str, Checkout] = field(default_factory=dict)
    fail_jobs: list[str] = field(default_factory=list)
    """Error messages: each next job submitted fails with the first one (tests)."""

    def bind(self, engine: MockEngine) -> None:
        self.engine = engine
        self.x402 = MockX402(now=engine.clock.now)
        self.reset()

    def reset(self) -> None:
        for table in (self.accounts, self.keys, self.jobs, self.links, self.checkouts):
            table.clear()
        self.fail_jobs.clear()
        if hasattr(self, "engine"):
            self.x402.reset()
            self.add_account(self.api_key, balance=self.starting_balance)
        self.reset_account_routes()
        self.reset_studio_routes()

    # -- test helpers ---------------------------------------------------------------------------------------------
    def now(self) -> float:
        return self.engine.clock.now()

    def new_account(self, *, balance: Decimal | str = "0", email: str | None = None) -> str:
        """A new account without a key (its id)."""
        account = Account("acct_" + secrets.token_hex(6), Decimal(str(balance)), email)
        self.accounts[account.id] = account
        return account.id

    def add_account(self, key: str | None = None, *, balance: Decimal | str = "0", email: str | None = None) -> str:
        """A new account with one key (returned)."""
        key = key or "kt_mock_" + secrets.token_hex(12)
        self.keys[key] = Key(self.new_account(balance=balance, email=email), "Default API Key", self.now())
        return key

    def contract_key(self) -> str:
        """A rich account for contract runs. It owns the spec's example resources, so the examples run as printed:
        paid checkouts, a finished job, a key per example prefix, pending device links, and its affiliate and Studio
        state (``seed_contract_account``, ``seed_contract_studio``)."""
        key = self.add_account(balance="1000000")
        account, ids, now = self.keys[key].account, self.example_ids, self.now()
        for kind, name in (("stripe", "sessionId"), ("crypto", "chargeId")):
            self.checkouts.update({c: Checkout(c, kind, account, PACKAGES[1], paid=True) for c in ids(name)})
        self.jobs.update({j: MediaJob(j, account, "image.generate", {"prompt": "example"}, now, now, now, Decimal(0))
                          for j in ids("jobId")})  # fmt: skip
        self.keys.update({p + secrets.token_hex(8): Key(account, "Example key", now) for p in ids("keyPrefix")})
        self.links.update({d: DeviceLink(ids("userCode")[0], "Example key", now + 900) for d in ids("deviceCode")})
        self.seed_contract_account(account)
        self.seed_contract_studio(account)
        return key

    def account(self, key: str) -> Account:
        return self.accounts[self.keys[key].account]

    def approve(self, user_code: str, key: str | None = None) -> None:
        """What the signed-in browser does: approve a pending device link for ``key``'s account."""
        link = next(link for link in self.links.values() if link.user_code == user_code)
        link.status, link.account = "approved", self.keys[key or self.api_key].account

    # -- engine hooks ---------------------------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str, details: Any = None) -> MockResponse:
        body: dict[str, Any] = {"error": message}
        if details is not None:
            body["details"] = details
        elif code not in ("MOCK_FAULT",):
            body["details"] = {"code": code}
        response = MockResponse(status, body)
        if status == 429:
            response.headers["retry-after"] = "1"
        return response

    def key_of(self, request: MockRequest) -> str | None:
        scheme, _, bearer = (request.header("authorization") or "").partition(" ")
        return bearer if scheme.lower() == "bearer" and bearer else request.header("x-api-key")

    def account_of(self, request: MockRequest) -> str:
        key = self.key_of(request)
        return self.keys[key].account if key in self.keys else ""

    def caller(self, request: MockRequest) -> Account:
        key = self.key_of(request)
        assert key is not None
        return self.accounts[self.keys[key].account]

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        match = self.engine.schema.match(request.method, request.path)
        assert match is not None
        options = match[0].raw.get("security", self.engine.schema.spec.get("security", []))
        needs_key = all(any(name in ("bearerAuth", "apiKeyAuth") for name in option) for option in options)
        key = self.key_of(request)
        if key is None:
            return self.error(401, "UNAUTHORIZED", "missing API key") if needs_key and options else None
        record = self.keys.get(key)
        if record is None or record.revoked:
            if needs_key or any("bearerAuth" in o or "apiKeyAuth" in o for o in options):
                return self.error(401, "UNAUTHORIZED", "invalid or revoked API key")
            return None
        record.last_used = self.now()
        return None

    def control(self, request: MockRequest) -> MockResponse | None:
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["__mock__", "cdn"] and request.method == "GET" and len(parts) == 4:
            job = self.jobs.get(parts[2])
            if job is None or self.now() > job.finishes + CDN_CLEANUP:
                return MockResponse(404, raw=b"NoSuchKey")
            return MockResponse(200, raw=f"mock {job.task} output {parts[3]}".encode(),
                                headers={"content-type": "application/octet-stream"})  # fmt: skip
        return None

    def handlers(self) -> Mapping[str, Callable[[MockRequest], MockResponse]]:
        return {name: self._needs(handler) for name, handler in self._handlers().items()}

    def _needs(self, handler: Callable[[MockRequest], MockResponse]) -> Callable[[MockRequest], MockResponse]:
        """A body without a field the route needs is the server's 400, not a crash: many of these bodies are never
        shown by the document, so their required fields are assumed (not checked before the handler runs)."""

        def run(request: MockRequest) -> MockResponse:
            try:
                return handler(request)
            except (KeyError, TypeError) as exc:
                if not isinstance(request.json, dict | None):
                    raise
                return self.error(400, "INVALID_REQUEST", f"a field this route needs is missing or malformed ({exc})")

        return run

    def _handlers(self) -> Mapping[str, Callable[[MockRequest], MockResponse]]:
        return {
            "get_health": lambda r: MockResponse(200, {"ok": True, "status": "ok", "time": iso(self.now())}),
            "list_packages": lambda r: MockResponse(200, {"packages": PACKAGES}),
            "list_keys": self.list_keys,
            "create_key": self.create_key,
            "revoke_key": self.revoke_key,
            "get_balance": lambda r: MockResponse(
                200, {"balanceUsd": float(self.caller(r).balance), "currency": "USD"}
            ),
            "submit_media_job": self.submit_media_job,
            "get_media_job": self.get_media_job,
            "purchase_credits_x402": self.purchase_credits_x402,
            "device_link_start": self.device_link_start,
            "device_link_request": self.device_link_request,
            "device_link_approve": self.device_link_approve,
            "device_link_poll": self.device_link_poll,
            "create_stripe_checkout": lambda r: self.create_checkout(r, "stripe"),
            "create_crypto_checkout": lambda r: self.create_checkout(r, "crypto"),
            "claim_stripe": lambda r: self.claim(r, r.json["sessionId"]),
            "claim_crypto": lambda r: self.claim(r, r.json["chargeId"]),
            "stripe_webhook": self.stripe_webhook,
            "crypto_webhook": self.crypto_webhook,
            **self.account_handlers(),
            **self.studio_handlers(),
        }

    # -- keys -----------------------------------------------------------------------------------------------------
    def new_key(self, account: str, label: str) -> MockResponse:
        key = "kt_" + secrets.token_hex(16)
        self.keys[key] = Key(account, label, self.now())
        body = {"apiKey": key, "keyPrefix": Key.prefix_of(key), "label": label, "createdAt": iso(self.now())}
        return MockResponse(201, body)

    def list_keys(self, request: MockRequest) -> MockResponse:
        account = self.caller(request).id
        keys = [{"keyPrefix": Key.prefix_of(k), "label": rec.label, "createdAt": iso(rec.created),
                 "lastUsedAt": iso(rec.last_used) if rec.last_used else None, "revoked": rec.revoked}
                for k, rec in self.keys.items() if rec.account == account]  # fmt: skip
        return MockResponse(200, {"keys": keys})

    def create_key(self, request: MockRequest) -> MockResponse:
        body = request.json or {}
        label = body.get("label", "API Key")
        if self.key_of(request) is not None:
            return self.new_key(self.caller(request).id, label)
        account = self.google_account(body.get("idToken"))
        if account is None:
            return self.error(401, "UNAUTHORIZED", "an API key or a valid Google idToken is required")
        return self.new_key(account, label)

    def revoke_key(self, request: MockRequest) -> MockResponse:
        prefix, account = request.json["keyPrefix"], self.caller(request).id
        found = [k for k, rec in self.keys.items() if rec.account == account and k.startswith(prefix)]
        if not found:
            return self.error(404, "NOT_FOUND", f"no key starts with {prefix!r}")
        if len(found) > 1:
            return self.error(409, "AMBIGUOUS_PREFIX", f"{len(found)} keys start with {prefix!r}: give more of it")
        self.keys[found[0]].revoked = True
        return MockResponse(200, {"revoked": True, "keyPrefix": prefix})

    # -- media jobs -----------------------------------------------------------------------------------------------
    def price(self, body: Mapping[str, Any]) -> Decimal:
        """The documented price; where the document gives none, the mock's own (MOCK_BASE_PRICES; speech or
        annotation past the last tier or band at that tier's price)."""
        pricing = self.engine.schema.operations["submit_media_job"].raw["x-pricing"]
        usd = quote(body, pricing, MOCK_BASE_PRICES).usd
        if usd is None:
            rule = pricing[body["task"]]
            usd = Decimal(str((rule.get("tiers") or rule["bands"])[-1]["usd"]))
        return usd

    def submit_media_job(self, request: MockRequest) -> MockResponse:
        account, body = self.caller(request), request.json
        cost = self.price(body)
        if account.balance < cost:
            return self.error(402, "INSUFFICIENT_BALANCE", f"this job costs ${cost}, the balance is ${account.balance}",
                              {"requiredUsd": float(cost), "balanceUsd": float(account.balance)})  # fmt: skip
        job = self.start_job(account, body, cost)
        answer = {"jobId": job.id, "status": "queued", "task": job.task,
                  "billing": {"chargedUsd": float(cost), "balanceUsd": float(account.balance), "currency": "USD"},
                  "durationEstimateSeconds": self.queue_seconds + self.job_seconds,
                  "effectiveInput": job.input, "inputAdjustments": []}  # fmt: skip
        return MockResponse(202, answer)

    def start_job(self, account: Account, body: Mapping[str, Any], cost: Decimal) -> MediaJob:
        """Charge ``cost`` and queue the job (submit_media_job, and the Studio agent's paid steps)."""
        account.balance -= cost
        now = self.now()
        job = MediaJob("job_" + secrets.token_hex(8), account.id, body["task"], body["input"], now,
                       now + self.queue_seconds, now + self.queue_seconds + self.job_seconds, cost,
                       self.fail_jobs.pop(0) if self.fail_jobs else None)  # fmt: skip
        self.jobs[job.id] = job
        return job

    def status(self, job: MediaJob) -> str:
        now = self.now()
        if job.canceled or now < job.finishes:
            return "canceled" if job.canceled else "queued" if now < job.starts else "running"
        return "failed" if job.fail else "succeeded"

    def get_media_job(self, request: MockRequest) -> MockResponse:
        job = self.jobs.get(request.query["jobId"])
        if job is None or job.account != self.caller(request).id:
            return self.error(404, "NOT_FOUND", f"no job {request.query['jobId']!r}")
        status = self.status(job)
        answer: dict[str, Any] = {"jobId": job.id, "task": job.task, "status": status, "createdAt": iso(job.created),
                                  "updatedAt": iso(min(self.now(), job.finishes)), "downloadableOutputUrls": [],
                                  "billing": {"chargedUsd": float(job.charged), "currency": "USD",
                                              "balanceUsd": float(self.accounts[job.account].balance)}}  # fmt: skip
        span = max(job.finishes - job.starts, 1e-9)
        answer["progress"] = round(min(max((self.now() - job.starts) / span, 0.0), 1.0), 3)
        if status == "succeeded":
            kind = job.task.split(".")[0]
            answer["downloadableOutputUrls"] = [f"{request.base_url}/__mock__/cdn/{job.id}/output.{OUTPUT_EXT[kind]}"]
            answer["outputsExpireAt"] = iso(job.finishes + DOWNLOAD_WINDOW)
        elif status == "failed":
            answer["error"] = {"code": "UPSTREAM_FAILED", "message": job.fail}
        if request.query.get("includeDetails") == "1":
            answer["details"] = {"upstream": {"provider": "mock", "state": status}, "effectiveInput": job.input,
                                 "inputAdjustments": []}  # fmt: skip
        return MockResponse(200, answer)

    # -- device link ----------------------------------------------------------------------------------------------
    def device_link_start(self, request: MockRequest) -> MockResponse:
        code = "ktd_" + secrets.token_urlsafe(18)
        alphabet = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
        user = "".join(secrets.choice(alphabet) for _ in range(8))
        user = f"{user[:4]}-{user[4:]}"
        label = (request.json or {}).get("keyLabel", "Default API Key")
        self.links[code] = DeviceLink(user, label, self.now() + 900)
        answer = {"deviceCode": code, "userCode": user, "verificationUrl": "https://killatamata.com/link",
                  "verificationUrlComplete": f"https://killatamata.com/link?userCode={user}", "expiresIn": 900,
                  "interval": 5}  # fmt: skip
        return MockResponse(201, answer)

    def _link_status(self, link: DeviceLink) -> str:
        if link.status == "pending" and self.now() >= link.expires:
            link.status = "expired"
        return link.status

    def device_link_request(self, request: MockRequest) -> MockResponse:
        link = next((x for x in self.links.values() if x.user_code == request.query["userCode"]), None)
        if link is None:
            return self.error(404, "NOT_FOUND", "no pending link with this user code")
        status = self._link_status(link)
        return MockResponse(200, {"userCode": link.user_code, "status": status, "keyLabel": link.label,
                                  "expiresAt": iso(link.expires)})  # fmt: skip

    def device_link_approve(self, request: MockRequest) -> MockResponse:
        link = next((x for x in self.links.values() if x.user_code == request.json["userCode"]), None)
        if link is None:
            return self.error(404, "NOT_FOUND", "no link with this user code")
        if self._link_status(link) != "pending":
            return self.error(409, "NOT_PENDING", f"this link is {link.status}")
        link.status, link.account = "approved", self.caller(request).id
        link.label = request.json.get("keyLabel", link.label)
        return MockResponse(200, {"approved": True, "userCode": link.user_code})

    def device_link_poll(self, request: MockRequest) -> MockResponse:
        link = self.links.get(request.json["deviceCode"])
        if link is None:
            return self.error(404, "NOT_FOUND", "unknown device code")
        status = self._link_status(link)
        if status != "approved":
            return MockResponse(200, {"status": status, "interval": 5})
        assert link.account is not None
        link.status = "consumed"  # the key is handed out once
        minted = self.new_key(link.account, link.label).body
        return MockResponse(200, {"status": "approved", "apiKey": minted["apiKey"], "keyPrefix": minted["keyPrefix"],
                                  "label": link.label})  # fmt: skip
