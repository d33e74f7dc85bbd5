"""A stateful Killa Tamata: accounts and keys, a USD balance debited at submit by the documented prices, media jobs
on the test clock, idempotency replay (the engine's), x402 credit purchase, device link, checkout and claim.

The mock is its state (``_killatamata_state``: accounts, keys, jobs, links, checkouts, and the bills) and four route
groups: its own (keys, media jobs, device link), ``account_routes`` (Google/email/browser sign-in, affiliates:
``_killatamata_account``), ``studio_routes`` (Studio: ``_killatamata_studio``) and ``purchase_routes`` (x402,
checkouts, claims, provider callbacks: ``_killatamata_purchases``).
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._engine import Handler, MockEngine, MockProvider, MockRequest, MockResponse, example_values
from .._x402 import MockX402
from ._killatamata_account import AccountRoutes
from ._killatamata_purchases import PurchaseRoutes
from ._killatamata_state import PACKAGES, Account, Checkout, DeviceLink, Key, MediaJob, bill, iso
from ._killatamata_studio import StudioRoutes

__all__ = ["KillaTamataMock"]

OUTPUT_EXT = {"image": "webp", "video": "mp4", "audio": "mp3", "ace": "mp3", "moss": "mp3", "trellis": "glb"}
DOWNLOAD_WINDOW = 48 * 3600
CDN_CLEANUP = 72 * 3600


class KillaTamataMock(MockProvider[str]):
    """Killa Tamata's documented behaviour. ``job_seconds`` is how long a job runs on the mock's clock;
    ``fail_next_job(message)``: the next media job submitted fails with that error message."""

    name = "killatamata"
    package = "killatamata_client"
    idempotency = ("X-Idempotency-Key", "idempotencyKey")

    def __init__(
        self,
        engine: MockEngine,
        *,
        job_seconds: float = 30.0,
        queue_seconds: float = 2.0,
        starting_balance: Decimal | str = Decimal("10"),
    ) -> None:
        super().__init__(engine)
        self.job_seconds = job_seconds
        self.queue_seconds = queue_seconds
        self.starting_balance = Decimal(str(starting_balance))
        self.api_key = "kt_mock_" + secrets.token_hex(12)
        self.webhook_secret = "whsec_mock_" + secrets.token_hex(8)
        self.pricing: Mapping[str, Any] = engine.schema.operations["submit_media_job"].raw["x-pricing"]
        self.accounts: dict[str, Account] = {}
        self.keys: dict[str, Key] = {}
        self.jobs: dict[str, MediaJob] = {}
        self.links: dict[str, DeviceLink] = {}
        self.checkouts: dict[str, Checkout] = {}
        self.x402 = MockX402(now=engine.clock.now)
        self.account_routes = AccountRoutes(self)
        self.studio_routes = StudioRoutes(self)
        self.purchase_routes = PurchaseRoutes(self)
        self.reset()

    def reset(self) -> None:
        super().reset()
        for table in (self.accounts, self.keys, self.jobs, self.links, self.checkouts):
            table.clear()
        self.x402.reset()
        self.add_account(self.api_key, balance=self.starting_balance)
        self.account_routes.reset()
        self.studio_routes.reset()

    # -- test helpers ---------------------------------------------------------------------------------------------
    def now(self) -> float:
        return self.engine.clock.now()

    def example_ids(self, name: str) -> list[str]:
        """The values the spec's examples give a field (link expressions left out)."""
        return sorted(str(v) for v in example_values(self.engine.schema.spec, {name}) if not str(v).startswith("$"))

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
        state (the route groups' ``seed_contract_account`` and ``seed_contract``)."""
        key = self.add_account(balance="1000000")
        account, ids, now = self.keys[key].account, self.example_ids, self.now()
        for kind, name in (("stripe", "sessionId"), ("crypto", "chargeId")):
            self.checkouts.update({c: Checkout(c, kind, account, PACKAGES[1], paid=True) for c in ids(name)})
        example = {"prompt": "example"}
        self.jobs.update(
            {j: MediaJob(j, account, "image.generate", example, now, now, now, Decimal(0)) for j in ids("jobId")}
        )
        self.keys.update({p + secrets.token_hex(8): Key(account, "Example key", now) for p in ids("keyPrefix")})
        self.links.update({d: DeviceLink(ids("userCode")[0], "Example key", now + 900) for d in ids("deviceCode")})
        self.account_routes.seed_contract_account(account)
        self.studio_routes.seed_contract(account)
        return key

    def contract_session(self) -> str:
        """A live browser session (the cookie's value) for the contract account, made by ``contract_key`` if need be."""
        routes = self.account_routes
        return routes.open_session(routes.contract_account or self.keys[self.contract_key()].account)

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
            headers = {"content-type": "application/octet-stream"}
            return MockResponse(200, raw=f"mock {job.task} output {parts[3]}".encode(), headers=headers)
        return None

    def handlers(self) -> Mapping[str, Handler]:
        routes: dict[str, Handler] = {
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
            "device_link_start": self.device_link_start,
            "device_link_request": self.device_link_request,
            "device_link_approve": self.device_link_approve,
            "device_link_poll": self.device_link_poll,
            **self.account_routes.handlers(),
            **self.studio_routes.handlers(),
            **self.purchase_routes.handlers(),
        }
        return {name: self._needs(handler) for name, handler in routes.items()}

    def _needs(self, handler: Handler) -> Handler:
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

    # -- keys -----------------------------------------------------------------------------------------------------
    def new_key(self, account: str, label: str) -> MockResponse:
        key = "kt_" + secrets.token_hex(16)
        self.keys[key] = Key(account, label, self.now())
        body = {"apiKey": key, "keyPrefix": Key.prefix_of(key), "label": label, "createdAt": iso(self.now())}
        return MockResponse(201, body)

    def list_keys(self, request: MockRequest) -> MockResponse:
        account = self.caller(request).id
        keys = [
            {
                "keyPrefix": Key.prefix_of(k),
                "label": rec.label,
                "createdAt": iso(rec.created),
                "lastUsedAt": iso(rec.last_used) if rec.last_used else None,
                "revoked": rec.revoked,
            }
            for k, rec in self.keys.items()
            if rec.account == account
        ]
        return MockResponse(200, {"keys": keys})

    def create_key(self, request: MockRequest) -> MockResponse:
        body = request.json or {}
        label = body.get("label", "API Key")
        if self.key_of(request) is not None:
            return self.new_key(self.caller(request).id, label)
        account = self.account_routes.google_account(body.get("idToken"))
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
    def price(self, body: Mapping[str, Any]) -> Decimal | None:
        """What a media job costs on the mock (``_killatamata_state.bill``): the document's price where it gives one,
        the mock's own base price where it does not, speech or annotation past the last tier or band at its price."""
        return bill(body, self.pricing)

    def submit_media_job(self, request: MockRequest) -> MockResponse:
        account, body = self.caller(request), request.json
        cost = self.price(body)
        if cost is None:
            return self.error(400, "INVALID_REQUEST", f"nothing prices this {body['task']} job (no duration)")
        if account.balance < cost:
            return self.error(
                402,
                "INSUFFICIENT_BALANCE",
                f"this job costs ${cost}, the balance is ${account.balance}",
                {"requiredUsd": float(cost), "balanceUsd": float(account.balance)},
            )
        job = self.start_job(account, body, cost)
        answer = {
            "jobId": job.id,
            "status": "queued",
            "task": job.task,
            "billing": {"chargedUsd": float(cost), "balanceUsd": float(account.balance), "currency": "USD"},
            "durationEstimateSeconds": self.queue_seconds + self.job_seconds,
            "effectiveInput": job.input,
            "inputAdjustments": [],
        }
        return MockResponse(202, answer)

    def start_job(self, account: Account, body: Mapping[str, Any], cost: Decimal) -> MediaJob:
        """Charge ``cost`` and queue the job (submit_media_job, and the Studio agent's paid steps)."""
        account.balance -= cost
        now = self.now()
        job = MediaJob(
            "job_" + secrets.token_hex(8),
            account.id,
            body["task"],
            body["input"],
            now,
            now + self.queue_seconds,
            now + self.queue_seconds + self.job_seconds,
            cost,
            self.next_job_failure(),
        )
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
        answer: dict[str, Any] = {
            "jobId": job.id,
            "task": job.task,
            "status": status,
            "createdAt": iso(job.created),
            "updatedAt": iso(min(self.now(), job.finishes)),
            "downloadableOutputUrls": [],
            "billing": {
                "chargedUsd": float(job.charged),
                "currency": "USD",
                "balanceUsd": float(self.accounts[job.account].balance),
            },
        }
        span = max(job.finishes - job.starts, 1e-9)
        answer["progress"] = round(min(max((self.now() - job.starts) / span, 0.0), 1.0), 3)
        if status == "succeeded":
            kind = job.task.split(".")[0]
            answer["downloadableOutputUrls"] = [f"{request.base_url}/__mock__/cdn/{job.id}/output.{OUTPUT_EXT[kind]}"]
            answer["outputsExpireAt"] = iso(job.finishes + DOWNLOAD_WINDOW)
        elif status == "failed":
            answer["error"] = {"code": "UPSTREAM_FAILED", "message": job.fail}
        if request.query.get("includeDetails") == "1":
            answer["details"] = {
                "upstream": {"provider": "mock", "state": status},
                "effectiveInput": job.input,
                "inputAdjustments": [],
            }
        return MockResponse(200, answer)

    # -- device link ----------------------------------------------------------------------------------------------
    def device_link_start(self, request: MockRequest) -> MockResponse:
        code = "ktd_" + secrets.token_urlsafe(18)
        alphabet = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
        user = "".join(secrets.choice(alphabet) for _ in range(8))
        user = f"{user[:4]}-{user[4:]}"
        label = (request.json or {}).get("keyLabel", "Default API Key")
        self.links[code] = DeviceLink(user, label, self.now() + 900)
        answer = {
            "deviceCode": code,
            "userCode": user,
            "verificationUrl": "https://killatamata.com/link",
            "verificationUrlComplete": f"https://killatamata.com/link?userCode={user}",
            "expiresIn": 900,
            "interval": 5,
        }
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
        return MockResponse(
            200, {"userCode": link.user_code, "status": status, "keyLabel": link.label, "expiresAt": iso(link.expires)}
        )

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
        return MockResponse(
            200,
            {"status": "approved", "apiKey": minted["apiKey"], "keyPrefix": minted["keyPrefix"], "label": link.label},
        )
