"""Killa Tamata mock, the account long tail: Google / email / browser sign-in, affiliates and Studio.

* Sign-in: Google ID tokens are accepted when the mock minted them (``google_token(email)``: an HS256 JWT signed with
  the mock's secret, valid an hour of mock time); an unknown address gets a new account. Email codes are "sent" to
  ``outbox`` (the last code per address), single use, for 10 minutes of mock time. Browser sign-ins set the
  ``killa_tamata_browser_session`` cookie that the session routes read.
* Affiliates are approved on application. A referred account's credit purchases (claim, x402) earn the affiliate of
  its bound code (or of the purchase's affiliateCode) a commission, available at once for payout requests.
* Studio keeps projects, threads, assets, preflights and agent requests per account. The agent reads paid steps off
  the prompt (``AGENT_JOBS``), quotes them at the media job prices, and a run or an executed approval plan starts
  those media jobs (billed like submit_media_job, visible to get_media_job) on the mock's clock.

The spec's examples exist, so they run as printed: the PROMO_42 affiliate, dev@example.com's ID token and code,
and (in the contract account, ``contract_key()``) the Studio ``*_EXAMPLE*`` ids.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import mimetypes
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._engine import MockRequest, MockResponse, example_values

if TYPE_CHECKING:
    from .._engine import MockEngine
    from .killatamata import Account, Key, MediaJob

__all__ = ["AccountRoutes", "iso"]

StudioHandler = Callable[[MockRequest, "Studio", str], MockResponse]

COOKIE = "killa_tamata_browser_session"
COOKIE_FLAGS = "Path=/; HttpOnly; Secure; SameSite=Lax"
CODE_TTL, SESSION_TTL, TOKEN_TTL, CAPTURE_TTL, PREFLIGHT_TTL = 600, 30 * 86400, 3600, 30 * 86400, 3600
COMMISSION_RATE, PAYOUT_MINIMUM = Decimal("0.2"), Decimal(10)
EXAMPLE_EMAIL = "dev@example.com"
DEFAULT_LABEL = "Default API Key"
#: The Studio agent's paid steps: (prompt pattern, task, the input field the prompt fills, a plausible input).
AGENT_JOBS: list[tuple[str, str, str | None, dict[str, Any]]] = [
    (r"video|clip|flythrough|animat|teaser", "video.generate", "prompt",
     {"durationFrames": 121, "width": 1280, "height": 704}),
    (r"voice|narrat|speak|speech", "audio.speak", "text", {"voiceDescription": "Warm, clear narrator."}),
    (r"music|song|soundtrack", "ace.step.create", "tags", {"durationSeconds": 30}),
    (r"sound effect|sfx|foley", "moss.sound.effect", "prompt", {"durationSeconds": 2}),
    (r"image|picture|poster|photo|thumbnail", "image.generate", "prompt", {"width": 1024, "height": 1024}),
    (r"\b3d\b|mesh|low-poly", "trellis.generate", None, {"sourceImageUrl": "https://cdn.example.com/ref.png"}),
]  # fmt: skip


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(6)


@dataclass
class Session:
    account: str
    expires: float


@dataclass
class Affiliate:
    profile: dict[str, Any]
    code: str | None = None
    available: Decimal = Decimal(0)
    clicks: int = 0
    signups: int = 0
    commissions: list[dict[str, Any]] = field(default_factory=list)
    payouts: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


Jobs = list[tuple[dict[str, Any], Decimal]]
"""Paid media jobs: (the submit_media_job body, its price)."""


def _total(jobs: Jobs) -> Decimal:
    return sum((usd for _, usd in jobs), Decimal(0))


@dataclass
class Preflight:
    id: str
    thread: str
    prompt: str
    jobs: Jobs
    approval: bool
    expires: float
    used: bool = False


@dataclass
class AgentRequest:
    id: str
    thread: str
    preflight: str | None
    jobs: list[str]
    created: float
    finishes: float
    replied: bool = False


@dataclass
class Studio:
    projects: dict[str, dict[str, Any]] = field(default_factory=dict)
    threads: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    assets: dict[str, dict[str, Any]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    preflights: dict[str, Preflight] = field(default_factory=dict)
    requests: dict[str, AgentRequest] = field(default_factory=dict)
    active_thread: str | None = None
    settings: dict[str, Any] = field(default_factory=lambda: {"activeProjectId": None, "autoApproveMaxUsd": 0.0})


class AccountRoutes:
    """Mixed into ``KillaTamataMock``: its state is created by ``reset_account_routes``."""

    if TYPE_CHECKING:  # what the mixin uses of KillaTamataMock
        engine: MockEngine
        accounts: dict[str, Account]
        keys: dict[str, Key]
        jobs: dict[str, MediaJob]
        queue_seconds: float
        job_seconds: float

        def now(self) -> float: ...
        def error(self, status: int, code: str, message: str, details: Any = None) -> MockResponse: ...
        def caller(self, request: MockRequest) -> Account: ...
        def new_key(self, account: str, label: str) -> MockResponse: ...
        def new_account(self, *, balance: Decimal | str = "0", email: str | None = None) -> str: ...
        def contract_key(self) -> str: ...
        def price(self, body: Mapping[str, Any]) -> Decimal: ...
        def start_job(self, account: Account, body: Mapping[str, Any], cost: Decimal) -> MediaJob: ...

    def reset_account_routes(self) -> None:
        self.secret = secrets.token_bytes(32)
        self.outbox: dict[str, str] = {}
        """The last sign-in code "emailed" to each address (tests read it)."""
        self.email_codes: dict[tuple[str, str], list[float]] = {}
        self.example_tokens: dict[str, str] = {}
        self.sessions: dict[str, Session] = {}
        self.affiliates: dict[str, Affiliate] = {}
        self.codes: dict[str, str] = {}
        """Affiliate code → the affiliate's account id."""
        self.studios: dict[str, Studio] = {}
        self.contract_account: str | None = None
        if hasattr(self, "engine"):
            self._seed_examples()

    def _seed_examples(self) -> None:
        spec = self.engine.schema.spec
        for code in sorted(example_values(spec, {"affiliateCode"})):
            owner = self.new_account(email=f"{code.lower()}@example.com")
            self.affiliates[owner] = Affiliate({"status": "approved", "createdAt": iso(self.now())}, code)
            self.codes[code] = owner
        self.example_tokens = dict.fromkeys(example_values(spec, {"idToken"}), EXAMPLE_EMAIL)
        for op in ("auth_email_verify", "auth_browser_email_verify"):
            example = self.engine.schema.operations[op].raw["requestBody"]["content"]["application/json"]["example"]
            self._send_code(example["email"], example["code"])

    def seed_contract_account(self, account: str) -> None:
        """The contract account (``contract_key``): an affiliate with $50 to pay out, and the spec's Studio ids."""
        self.contract_account = account
        self.accounts[account].email = "contract@example.com"
        affiliate = self.affiliates[account] = Affiliate({"status": "approved", "createdAt": iso(self.now())})
        self._commission(affiliate, Decimal(50))
        studio = self.studios[account] = Studio()

        def ids(name: str) -> list[str]:
            return sorted(v for v in example_values(self.engine.schema.spec, {name}) if not str(v).startswith("$"))

        now, [project, *_], [thread, *_] = iso(self.now()), ids("projectId"), ids("threadId")
        for pid in ids("projectId"):
            studio.projects[pid] = {"projectId": pid, "name": "Example project", "createdAt": now, "updatedAt": now}
        for tid in ids("threadId"):
            studio.threads[tid] = {"threadId": tid, "projectId": project, "title": "Storyboard", "createdAt": now}
            studio.messages[tid] = []
        for aid in ids("assetId"):
            studio.assets[aid] = {"assetId": aid, "projectId": project, "kind": "text", "title": "Script",
                                  "createdAt": now}  # fmt: skip
            studio.texts[aid] = "We launch at dawn."
        prompt = "Make a 6 second neon city flythrough with a short voice-over."
        for pf in ids("preflightId"):
            studio.preflights[pf] = Preflight(pf, thread, prompt, self._quote(prompt), True, self.now() + 86400)
        for rid in ids("requestId"):
            studio.requests[rid] = AgentRequest(rid, thread, None, [], self.now(), self.now(), replied=True)

    def account_handlers(self) -> Mapping[str, Callable[[MockRequest], MockResponse]]:
        routes: dict[str, Callable[[MockRequest], MockResponse]] = {
            "auth_google": lambda r: self._mint_key(self.google_account(r.json["idToken"]), r),
            "auth_browser_google": lambda r: self._new_session(self.google_account(r.json["idToken"])),
            "auth_email_start": self.auth_email_start,
            "auth_email_verify": lambda r: self._mint_key(self._redeem(r.json), r),
            "auth_browser_email_verify": lambda r: self._new_session(self._redeem(r.json)),
            "get_browser_session": self.get_browser_session,
            "delete_browser_session": self.delete_browser_session,
            "resolve_affiliate_referral": self.resolve_affiliate_referral,
            "validate_affiliate_code": lambda r: MockResponse(200, {"valid": r.json["code"] in self.codes}),
            "capture_affiliate": self.capture_affiliate,
            "affiliate_apply": self.affiliate_apply,
            "bind_affiliate_code": self.bind_affiliate_code,
        }
        affiliate_only: dict[str, Callable[[MockRequest, Affiliate], MockResponse]] = {
            "get_affiliate_profile": lambda r, a: MockResponse(200, self._profile(a)),
            "update_affiliate_profile": self.update_affiliate_profile,
            "get_affiliate_code": self.get_affiliate_code,
            "get_affiliate_dashboard": self.get_affiliate_dashboard,
            "list_affiliate_commissions": lambda r, a: MockResponse(200, {"commissions": list(a.commissions)}),
            "list_affiliate_payouts": lambda r, a: MockResponse(200, {"payouts": list(a.payouts)}),
            "list_affiliate_payout_requests": lambda r, a: MockResponse(
                200, {"payoutRequests": [dict(x) for x in a.requests], "eligibility": self._eligibility(a)}),
            "create_affiliate_payout_request": self.create_affiliate_payout_request,
        }  # fmt: skip
        for name, handler in affiliate_only.items():
            routes[name] = self._as_affiliate(handler)
        for name, (table, key, handler) in self._studio_routes().items():
            routes[name] = self._in_studio(table, key, handler)
        return routes

    # -- sign-in ----------------------------------------------------------------------------------------------------
    def _sign(self, data: str) -> str:
        return _b64(hmac.new(self.secret, data.encode(), hashlib.sha256).digest())

    def google_token(self, email: str) -> str:
        """A Google ID token for ``email`` that this mock accepts (a JWT: header.payload.signature)."""
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "killatamata-mock"}).encode())
        claims = {"iss": "https://accounts.google.com", "aud": "killatamata-mock", "email": email,
                  "email_verified": True, "iat": int(self.now()), "exp": int(self.now() + TOKEN_TTL)}  # fmt: skip
        body = _b64(json.dumps(claims).encode())
        return f"{head}.{body}.{self._sign(f'{head}.{body}')}"

    def google_account(self, id_token: Any) -> str | None:
        """The account an ID token signs in (created for a new address), or None when it does not verify."""
        if not isinstance(id_token, str):
            return None
        email = self.example_tokens.get(id_token)
        head, _, rest = id_token.partition(".")
        body, _, signature = rest.partition(".")
        if email is None and hmac.compare_digest(signature, self._sign(f"{head}.{body}")):
            claims = json.loads(_unb64(body))
            email = claims["email"] if claims.get("exp", 0) > self.now() else None
        return None if email is None else self._account_for(email)

    def _account_for(self, email: str) -> str:
        email = email.lower()
        found = next((a.id for a in self.accounts.values() if a.email == email), None)
        return found or self.new_account(email=email)

    def _refused(self) -> MockResponse:
        return self.error(401, "SIGN_IN_REFUSED", "the Google ID token or the email code could not be verified")

    def _mint_key(self, account: str | None, request: MockRequest) -> MockResponse:
        return self._refused() if account is None else self.new_key(account, request.json.get("keyLabel", DEFAULT_LABEL))

    def _send_code(self, email: str, code: str) -> None:
        self.outbox[email.lower()] = code
        self.email_codes.setdefault((email.lower(), code), []).append(self.now() + CODE_TTL)

    def auth_email_start(self, request: MockRequest) -> MockResponse:
        self._send_code(request.json["email"], f"{secrets.randbelow(10**6):06d}")
        return MockResponse(202, {"sent": True, "expiresInSeconds": CODE_TTL})

    def _redeem(self, body: Mapping[str, Any]) -> str | None:
        expiries = self.email_codes.get((body["email"].lower(), body["code"]), [])
        live = [t for t in expiries if t > self.now()]
        if not live:
            return None
        expiries.remove(live[0])  # single use
        return self._account_for(body["email"])

    def _session_body(self, session: Session) -> dict[str, Any]:
        email = self.accounts[session.account].email
        return {"authenticated": True, **({"email": email} if email else {}), "expiresAt": iso(session.expires)}

    def _open_session(self, account: str) -> str:
        token = "kts_" + secrets.token_urlsafe(24)
        self.sessions[token] = Session(account, self.now() + SESSION_TTL)
        return token

    def _new_session(self, account: str | None) -> MockResponse:
        if account is None:
            return self._refused()
        token = self._open_session(account)
        return MockResponse(200, self._session_body(self.sessions[token]), {"Set-Cookie": f"{COOKIE}={token}; {COOKIE_FLAGS}"})

    def contract_session(self) -> str:
        """A live browser session cookie value for the contract account (minted by ``contract_key`` if need be)."""
        account = self.contract_account or self.keys[self.contract_key()].account
        return self._open_session(account)

    def _session_token(self, request: MockRequest) -> str | None:
        pairs = (part.strip().partition("=") for part in (request.header("cookie") or "").split(";"))
        token = next((value for name, _, value in pairs if name == COOKIE), None)
        session = self.sessions.get(token or "")
        return token if session is not None and session.expires > self.now() else None

    def get_browser_session(self, request: MockRequest) -> MockResponse:
        token = self._session_token(request)
        if token is None:
            return self.error(401, "UNAUTHORIZED", "no valid browser session cookie")
        return MockResponse(200, self._session_body(self.sessions[token]))

    def delete_browser_session(self, request: MockRequest) -> MockResponse:
        token = self._session_token(request)
        if token is None:
            return self.error(401, "UNAUTHORIZED", "no valid browser session cookie")
        del self.sessions[token]
        return MockResponse(200, {"cleared": True}, {"Set-Cookie": f"{COOKIE}=; Max-Age=0; {COOKIE_FLAGS}"})

    # -- affiliates -------------------------------------------------------------------------------------------------
    def _capture_token(self, code: str) -> tuple[str, float]:
        expires = self.now() + CAPTURE_TTL
        payload = _b64(json.dumps({"code": code, "exp": int(expires)}).encode())
        return f"kt_cap_{payload}.{self._sign(payload)}", expires

    def resolve_affiliate_referral(self, request: MockRequest) -> MockResponse:
        code = request.query["code"]
        if code not in self.codes:
            return self.error(404, "NOT_FOUND", "no affiliate has this code")
        self.affiliates[self.codes[code]].clicks += 1
        token, _ = self._capture_token(code)
        return MockResponse(302, None, {"Location": f"https://killatamata.com/?ref={code}",
                                        "Set-Cookie": f"killa_tamata_affiliate={token}; Max-Age={CAPTURE_TTL}; {COOKIE_FLAGS}"})  # fmt: skip

    def capture_affiliate(self, request: MockRequest) -> MockResponse:
        token, expires = self._capture_token(request.json["code"])
        return MockResponse(200, {"captureToken": token, "expiresAt": iso(expires)})

    def _as_affiliate(
        self, handler: Callable[[MockRequest, Affiliate], MockResponse]
    ) -> Callable[[MockRequest], MockResponse]:
        def route(request: MockRequest) -> MockResponse:
            affiliate = self.affiliates.get(self.caller(request).id)
            if affiliate is None:
                return self.error(404, "NOT_AFFILIATE", "this account is not an affiliate: apply first")
            return handler(request, affiliate)

        return route

    @staticmethod
    def _profile(affiliate: Affiliate) -> dict[str, Any]:
        return {**affiliate.profile, **({"code": affiliate.code} if affiliate.code else {})}

    def affiliate_apply(self, request: MockRequest) -> MockResponse:
        account = self.caller(request).id
        if account in self.affiliates:
            return self.error(409, "ALREADY_AFFILIATE", "this account is already an affiliate")
        self.affiliates[account] = Affiliate({"status": "approved", **request.json, "createdAt": iso(self.now())})
        return MockResponse(200, self._profile(self.affiliates[account]))

    def update_affiliate_profile(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        affiliate.profile.update(request.json)
        return MockResponse(200, self._profile(affiliate))

    def get_affiliate_code(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        if affiliate.code is None:
            affiliate.code = "KT" + secrets.token_hex(4).upper()
            self.codes[affiliate.code] = self.caller(request).id
        url = f"{request.base_url}/api/v1/affiliates/r?code={affiliate.code}"
        return MockResponse(200, {"code": affiliate.code, "referralUrl": url, "createdAt": affiliate.profile["createdAt"]})

    def bind_affiliate_code(self, request: MockRequest) -> MockResponse:
        code, account = request.json["code"], self.caller(request)
        if code not in self.codes:
            return self.error(404, "NOT_FOUND", "no affiliate has this code")
        if self.codes[code] == account.id:
            return self.error(409, "OWN_CODE", "an affiliate cannot bind its own code")
        if account.bound_code not in (None, code):
            return self.error(409, "ALREADY_BOUND", f"this account is bound to {account.bound_code!r}")
        if account.bound_code is None:
            account.bound_code = code
            self.affiliates[self.codes[code]].signups += 1
        return MockResponse(200, {"bound": True, "code": code})

    def get_affiliate_dashboard(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        pending = sum(Decimal(str(r["amountUsd"])) for r in affiliate.requests if r["status"] == "pending")
        paid = sum(Decimal(str(p["amountUsd"])) for p in affiliate.payouts)
        return MockResponse(200, {"clicks": affiliate.clicks, "signups": affiliate.signups,
                                  "conversions": len(affiliate.commissions), "pendingUsd": float(pending),
                                  "availableUsd": float(affiliate.available), "paidUsd": float(paid)})  # fmt: skip

    def _eligibility(self, affiliate: Affiliate) -> dict[str, Any]:
        answer = {"eligible": affiliate.available >= PAYOUT_MINIMUM, "availableUsd": float(affiliate.available),
                  "minimumUsd": float(PAYOUT_MINIMUM)}  # fmt: skip
        return answer if answer["eligible"] else {**answer, "reason": f"below the ${PAYOUT_MINIMUM} minimum"}

    def create_affiliate_payout_request(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        amount = Decimal(str(request.json["amountUsd"]))
        if affiliate.available < PAYOUT_MINIMUM or amount > affiliate.available:
            return self.error(409, "NOT_ELIGIBLE", f"${amount} is more than can be paid out now",
                              self._eligibility(affiliate))  # fmt: skip
        affiliate.available -= amount
        payout = {"payoutRequestId": _new_id("apr_"), "amountUsd": float(amount), "status": "pending",
                  "method": request.json.get("method", "paypal"), "createdAt": iso(self.now())}  # fmt: skip
        affiliate.requests.append(payout)
        return MockResponse(201, dict(payout))

    def pay_out(self, payout_request_id: str) -> None:
        """The programme's side (tests): a pending payout request is paid."""
        affiliate, payout = next((a, r) for a in self.affiliates.values() for r in a.requests
                                 if r["payoutRequestId"] == payout_request_id)  # fmt: skip
        payout["status"] = "paid"
        affiliate.payouts.append({"payoutId": _new_id("po_"), "amountUsd": payout["amountUsd"],
                                  "status": "paid", "method": payout["method"], "paidAt": iso(self.now())})  # fmt: skip

    def _commission(self, affiliate: Affiliate, usd: Decimal) -> None:
        affiliate.available += usd
        affiliate.commissions.append({"commissionId": _new_id("com_"), "amountUsd": float(usd),
                                      "status": "available", "createdAt": iso(self.now())})  # fmt: skip

    def attribute_purchase(self, account: Account, usd: Decimal, code: str | None = None) -> None:
        """A credit purchase: the affiliate of the account's bound code (else of ``code``) earns its commission."""
        owner = self.codes.get(account.bound_code or code or "")
        if owner is not None and owner != account.id and usd > 0:
            self._commission(self.affiliates[owner], (usd * COMMISSION_RATE).quantize(Decimal("0.01")))

    # -- Studio -----------------------------------------------------------------------------------------------------
    def _studio_routes(self) -> dict[str, tuple[str | None, str, StudioHandler]]:
        """operationId → (the Studio table the request's id must name, the id's field, the handler)."""
        return {
            "get_studio_snapshot": (None, "", self.get_studio_snapshot),
            "list_studio_project_assets": ("projects", "projectId", lambda r, s, i: MockResponse(
                200, {"projectId": i, "assets": [dict(a) for a in s.assets.values() if a["projectId"] == i]})),
            "create_studio_project": (None, "", lambda r, s, i: self._created(s.projects, "projectId", {
                "projectId": _new_id("prj_"), **r.json, "createdAt": iso(self.now()), "updatedAt": iso(self.now())})),
            "update_studio_project": ("projects", "projectId", lambda r, s, i: self._patch(s.projects[i], r.json)),
            "update_studio_settings": (None, "", self.update_studio_settings),
            "create_studio_thread": ("projects", "projectId", self.create_studio_thread),
            "select_studio_thread": ("threads", "threadId", self.select_studio_thread),
            "get_studio_thread": ("threads", "threadId", self.get_studio_thread),
            "update_studio_thread": ("threads", "threadId", lambda r, s, i: self._patch(s.threads[i], r.json)),
            "upload_studio_asset": ("projects", "projectId", self.upload_studio_asset),
            "update_studio_asset_metadata": ("assets", "assetId", lambda r, s, i: self._patch(s.assets[i], r.json)),
            "create_studio_text_asset": ("projects", "projectId", self.create_studio_text_asset),
            "get_studio_text_document": ("texts", "assetId", lambda r, s, i: MockResponse(200, self._document(s, i))),
            "update_studio_text_document": ("texts", "assetId", self.update_studio_text_document),
            "prepare_studio_agent_message": ("threads", "threadId", self.prepare_studio_agent_message),
            "run_studio_agent_message": ("threads", "threadId", self.run_studio_agent_message),
            "execute_studio_approval_plan": ("preflights", "preflightId", self.execute_studio_approval_plan),
            "get_studio_agent_request": ("requests", "requestId", self.get_studio_agent_request),
        }  # fmt: skip

    def _in_studio(self, table: str | None, key: str, handler: StudioHandler) -> Callable[[MockRequest], MockResponse]:
        def route(request: MockRequest) -> MockResponse:
            studio = self.studios.setdefault(self.caller(request).id, Studio())
            ident = request.query.get(key) or (request.json or {}).get(key, "")
            if table is not None and ident not in getattr(studio, table):
                return self.error(404, "NOT_FOUND", f"no {key.removesuffix('Id')} {ident!r} in this account")
            return handler(request, studio, ident)

        return route

    @staticmethod
    def _created(table: dict[str, dict[str, Any]], id_field: str, record: dict[str, Any]) -> MockResponse:
        table[record[id_field]] = record
        return MockResponse(201, dict(record))

    def _patch(self, record: dict[str, Any], changes: Mapping[str, Any]) -> MockResponse:
        record.update(changes, updatedAt=iso(self.now()))
        return MockResponse(200, dict(record))

    def get_studio_snapshot(self, request: MockRequest, studio: Studio, _: str) -> MockResponse:
        return MockResponse(200, {"projects": [dict(p) for p in studio.projects.values()],
                                  "threads": [dict(t) for t in studio.threads.values()],
                                  "activeThreadId": studio.active_thread, "settings": dict(studio.settings)})  # fmt: skip

    def update_studio_settings(self, request: MockRequest, studio: Studio, _: str) -> MockResponse:
        active = request.json.get("activeProjectId")
        if active is not None and active not in studio.projects:
            return self.error(404, "NOT_FOUND", f"no project {active!r} in this account")
        studio.settings.update(request.json)
        return MockResponse(200, dict(studio.settings))

    def create_studio_thread(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        now = iso(self.now())
        thread = {"threadId": _new_id("thr_"), "projectId": project, "title": request.json.get("title", "New chat"),
                  "createdAt": now, "updatedAt": now}  # fmt: skip
        studio.messages[thread["threadId"]] = []
        return self._created(studio.threads, "threadId", thread)

    def select_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        studio.active_thread = thread
        studio.settings["activeProjectId"] = studio.threads[thread]["projectId"]
        return MockResponse(200, {"activeThreadId": thread})

    def get_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        self._settle(studio)
        messages = sorted(studio.messages[thread], key=lambda m: str(m["createdAt"]))
        return MockResponse(200, {**studio.threads[thread], "messages": [dict(m) for m in messages]})

    def upload_studio_asset(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        name = request.query["filename"]
        asset = {"assetId": _new_id("ast_"), "projectId": project, "kind": "binary", "filename": name,
                 "mimeType": mimetypes.guess_type(name)[0] or "application/octet-stream",
                 "sizeBytes": len(request.body), "createdAt": iso(self.now())}  # fmt: skip
        return self._created(studio.assets, "assetId", asset)

    def create_studio_text_asset(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        asset = {"assetId": _new_id("ast_"), "projectId": project, "kind": "text", "title": request.json["title"],
                 "mimeType": "text/plain", "createdAt": iso(self.now())}  # fmt: skip
        studio.texts[asset["assetId"]] = request.json.get("text", "")
        return self._created(studio.assets, "assetId", asset)

    @staticmethod
    def _document(studio: Studio, asset_id: str) -> dict[str, Any]:
        asset = studio.assets[asset_id]
        return {"assetId": asset_id, "title": asset.get("title", ""), "text": studio.texts[asset_id],
                "updatedAt": asset.get("updatedAt", asset["createdAt"])}  # fmt: skip

    def update_studio_text_document(self, request: MockRequest, studio: Studio, asset_id: str) -> MockResponse:
        studio.texts[asset_id] = request.json["text"]
        studio.assets[asset_id]["updatedAt"] = iso(self.now())
        return MockResponse(200, self._document(studio, asset_id))

    # -- the Studio agent -----------------------------------------------------------------------------------------------
    def _quote(self, prompt: str) -> Jobs:
        jobs: Jobs = []
        for pattern, task, field_name, extra in AGENT_JOBS:
            if re.search(pattern, prompt, re.IGNORECASE):
                body = {"task": task, "input": {**({field_name: prompt} if field_name else {}), **extra}}
                jobs.append((body, self.price(body)))
        return jobs

    @staticmethod
    def _needs_approval(studio: Studio, jobs: Jobs) -> bool:
        return _total(jobs) > Decimal(str(studio.settings["autoApproveMaxUsd"]))

    def prepare_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        prompt = request.json["prompt"]
        jobs = self._quote(prompt)
        preflight = Preflight(_new_id("pf_"), thread, prompt, jobs, self._needs_approval(studio, jobs),
                              self.now() + PREFLIGHT_TTL)  # fmt: skip
        studio.preflights[preflight.id] = preflight
        quoted = [{"task": body["task"], "estimatedUsd": float(usd)} for body, usd in jobs]
        return MockResponse(200, {"preflightId": preflight.id, "quotedJobs": quoted,
                                  "totalEstimatedUsd": float(_total(jobs)), "approvalRequired": preflight.approval})  # fmt: skip

    def _unusable(self, preflight: Preflight) -> str | None:
        if preflight.used:
            return "this preflight was already used"
        return "this preflight has expired" if self.now() > preflight.expires else None

    def run_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        prompt, preflight_id = request.json["prompt"], request.json.get("preflightId")
        if preflight_id is None:
            jobs = self._quote(prompt)
            if self._needs_approval(studio, jobs):
                return self.error(409, "APPROVAL_REQUIRED", "this prompt quotes paid jobs above autoApproveMaxUsd: "
                                  "prepare it, then execute its approval plan")  # fmt: skip
            return self._start(request, studio, thread, prompt, None, jobs)
        preflight = studio.preflights.get(preflight_id)
        if preflight is None:
            return self.error(404, "NOT_FOUND", f"no preflight {preflight_id!r} in this account")
        problem = self._unusable(preflight) or (
            "this preflight is for another conversation" if preflight.thread != thread else
            "this preflight needs its approval plan executed" if preflight.approval else None)  # fmt: skip
        if problem:
            return self.error(409, "PREFLIGHT_UNUSABLE", problem)
        return self._start(request, studio, thread, prompt, preflight, preflight.jobs)

    def execute_studio_approval_plan(self, request: MockRequest, studio: Studio, preflight_id: str) -> MockResponse:
        preflight = studio.preflights[preflight_id]
        problem = self._unusable(preflight)
        if problem:
            return self.error(409, "PREFLIGHT_UNUSABLE", problem)
        return self._start(request, studio, preflight.thread, preflight.prompt, preflight, preflight.jobs)

    def _start(self, request: MockRequest, studio: Studio, thread: str, prompt: str, preflight: Preflight | None,
               jobs: Jobs) -> MockResponse:  # fmt: skip
        account, total = self.caller(request), _total(jobs)
        if account.balance < total:
            return self.error(402, "INSUFFICIENT_BALANCE", f"these jobs cost ${total}, the balance is ${account.balance}",
                              {"requiredUsd": float(total), "balanceUsd": float(account.balance)})  # fmt: skip
        if preflight is not None:
            preflight.used = True
        now = self.now()
        started = [self.start_job(account, body, usd).id for body, usd in jobs]
        agent = AgentRequest(_new_id("req_"), thread, preflight.id if preflight else None, started, now,
                             now + self.queue_seconds + self.job_seconds)  # fmt: skip
        studio.requests[agent.id] = agent
        studio.messages[thread].append(self._message("user", prompt, now))
        return MockResponse(202, {"requestId": agent.id, "status": "queued"})

    @staticmethod
    def _message(role: str, content: str, at: float) -> dict[str, Any]:
        return {"messageId": _new_id("msg_"), "role": role, "content": content, "createdAt": iso(at)}

    def _agent_status(self, agent: AgentRequest) -> str:
        if self.now() >= agent.finishes:
            return "failed" if any(self.jobs[j].fail for j in agent.jobs) else "succeeded"
        return "queued" if self.now() < agent.created + self.queue_seconds else "running"

    def _settle(self, studio: Studio) -> None:
        """The agent's replies to the requests that finished."""
        for agent in studio.requests.values():
            if not agent.replied and self.now() >= agent.finishes:
                agent.replied = True
                done = self._agent_status(agent) == "succeeded"
                reply = f"Done: {len(agent.jobs)} media job(s) finished." if done else "A media job failed."
                studio.messages[agent.thread].append(self._message("assistant", reply, agent.finishes))

    def get_studio_agent_request(self, request: MockRequest, studio: Studio, request_id: str) -> MockResponse:
        self._settle(studio)
        agent = studio.requests[request_id]
        status = self._agent_status(agent)
        answer: dict[str, Any] = {"requestId": agent.id, "status": status, "threadId": agent.thread,
                                  "jobIds": list(agent.jobs), "createdAt": iso(agent.created),
                                  "updatedAt": iso(min(self.now(), agent.finishes))}  # fmt: skip
        if agent.preflight:
            answer["preflightId"] = agent.preflight
        if status == "failed":
            answer["error"] = next(str(self.jobs[j].fail) for j in agent.jobs if self.jobs[j].fail)
        return MockResponse(200, answer)
