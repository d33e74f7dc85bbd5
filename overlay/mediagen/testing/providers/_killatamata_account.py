"""Killa Tamata mock, the account long tail: Google / email / browser sign-in, affiliates and Studio.

Sign-in takes the Google ID tokens the mock minted (``google_token(email)``, an HS256 JWT valid an hour of mock time)
and the email codes it "sent" (``outbox``: single use, 10 minutes); a new address gets a new account. Browser sign-ins
set the ``killa_tamata_browser_session`` cookie. Affiliates are approved on applying; a referred account's purchases
earn its affiliate 20 %, payable at once. Studio keeps projects, threads, assets, preflights and agent requests per
account; the agent reads paid steps off a prompt (``AGENT_JOBS``) and quotes them at the media job prices; a run or
an executed approval plan starts them as media jobs on the mock's clock. The spec's examples run as printed: the
PROMO_42 affiliate and dev@example.com's token and code exist, and the contract account owns the Studio example ids.
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

Handler = Callable[[MockRequest], MockResponse]
COOKIE, COOKIE_FLAGS = "killa_tamata_browser_session", "Path=/; HttpOnly; Secure; SameSite=Lax"
CODE_TTL, SESSION_TTL, TOKEN_TTL, CAPTURE_TTL, PREFLIGHT_TTL = 600, 30 * 86400, 3600, 30 * 86400, 3600
COMMISSION_RATE, PAYOUT_MINIMUM = Decimal("0.2"), Decimal(10)
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
Jobs = list[tuple[dict[str, Any], Decimal]]
"""Paid media jobs: (a submit_media_job body, its price)."""


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(6)


def _total(jobs: Jobs) -> Decimal:
    return sum((usd for _, usd in jobs), Decimal(0))


@dataclass
class Affiliate:
    profile: dict[str, Any]
    code: str | None = None
    available: Decimal = Decimal(0)
    clicks: int = 0
    signups: int = 0
    commissions: list[dict[str, Any]] = field(default_factory=list)
    payouts: list[dict[str, Any]] = field(default_factory=list)
    payout_requests: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Preflight:
    id: str
    thread: str
    prompt: str
    jobs: Jobs
    approval: bool
    expires: float
    executed: bool = False
    """Its jobs were charged and started (by execute_studio_approval_plan, or by a run)."""
    used: bool = False
    """A run used it."""


@dataclass
class AgentRequest:
    id: str
    thread: str
    preflight: str | None
    jobs: list[str]
    created: float
    finishes: float


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


StudioHandler = Callable[[MockRequest, Studio, str], MockResponse]


class AccountRoutes:
    """Mixed into ``KillaTamataMock``; its state is made by ``reset_account_routes``."""

    if TYPE_CHECKING:  # what it uses of KillaTamataMock
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
        """(address, code) → the expiry of each pending code."""
        self.example_tokens: dict[str, str] = {}
        self.sessions: dict[str, tuple[str, float]] = {}
        """Browser session cookie → (account, expiry)."""
        self.affiliates: dict[str, Affiliate] = {}
        self.codes: dict[str, str] = {}
        """Affiliate code → the affiliate's account."""
        self.studios: dict[str, Studio] = {}
        self.contract_account: str | None = None
        if not hasattr(self, "engine"):
            return
        for code in self.example_ids("affiliateCode"):
            owner = self.new_account(email=f"{code.lower()}@example.com")
            self.affiliates[owner] = Affiliate({"status": "approved", "createdAt": iso(self.now())}, code)
            self.codes[code] = owner
        self.example_tokens = dict.fromkeys(self.example_ids("idToken"), "dev@example.com")
        for op in ("auth_email_verify", "auth_browser_email_verify"):
            example = self.engine.schema.operations[op].raw["requestBody"]["content"]["application/json"]["example"]
            self._send_code(example["email"], example["code"])

    def example_ids(self, name: str) -> list[str]:
        """The values the spec's examples give a field (link expressions left out)."""
        return sorted(str(v) for v in example_values(self.engine.schema.spec, {name}) if not str(v).startswith("$"))

    def seed_contract_account(self, account: str) -> None:
        """The contract account (``contract_key``): an affiliate with $50 to pay out, and the spec's Studio ids."""
        self.contract_account, self.accounts[account].email = account, "contract@example.com"
        affiliate = self.affiliates[account] = Affiliate({"status": "approved", "createdAt": iso(self.now())})
        self._commission(affiliate, Decimal(50))
        studio, ids, now = self.studios.setdefault(account, Studio()), self.example_ids, iso(self.now())
        studio.settings["autoApproveMaxUsd"] = 1.0  # prompts run without a preflight; the example plan needs approval
        project, thread = ids("projectId")[0], ids("threadId")[0]
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
            studio.requests[rid] = AgentRequest(rid, thread, None, [], self.now(), self.now())

    def account_handlers(self) -> Mapping[str, Handler]:
        routes: dict[str, Handler] = {
            "auth_google": lambda r: self._signed_in(r, self.google_account(r.json["idToken"])),
            "auth_browser_google": lambda r: self._signed_in(r, self.google_account(r.json["idToken"]), browser=True),
            "auth_email_start": self.auth_email_start,
            "auth_email_verify": lambda r: self._signed_in(r, self._redeem(r.json)),
            "auth_browser_email_verify": lambda r: self._signed_in(r, self._redeem(r.json), browser=True),
            "get_browser_session": lambda r: self._with_session(r, False),
            "delete_browser_session": lambda r: self._with_session(r, True),
            "resolve_affiliate_referral": self.resolve_affiliate_referral,
            "validate_affiliate_code": lambda r: MockResponse(200, {"valid": r.json["code"] in self.codes}),
            "capture_affiliate": lambda r: MockResponse(200, self._capture(r.json["code"])),
            "affiliate_apply": self.affiliate_apply,
            "bind_affiliate_code": self.bind_affiliate_code,
        }
        affiliate_routes: dict[str, Callable[[MockRequest, Affiliate], MockResponse]] = {
            "get_affiliate_profile": lambda r, a: MockResponse(200, self._profile(a)),
            "update_affiliate_profile": self.update_affiliate_profile,
            "get_affiliate_code": self.get_affiliate_code,
            "get_affiliate_dashboard": self.get_affiliate_dashboard,
            "list_affiliate_commissions": lambda r, a: MockResponse(200, {"commissions": list(a.commissions)}),
            "list_affiliate_payouts": lambda r, a: MockResponse(200, {"payouts": list(a.payouts)}),
            "list_affiliate_payout_requests": lambda r, a: MockResponse(
                200, {"payoutRequests": [dict(x) for x in a.payout_requests], "eligibility": self._eligibility(a)}),
            "create_affiliate_payout_request": self.create_affiliate_payout_request,
        }  # fmt: skip
        routes |= {name: self._as_affiliate(handler) for name, handler in affiliate_routes.items()}
        routes |= {name: self._in_studio(*route) for name, route in self._studio_routes().items()}
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
        """The account an ID token signs in (made for a new address), or None when it does not verify."""
        if not isinstance(id_token, str):
            return None
        email = self.example_tokens.get(id_token)
        signed, _, signature = id_token.rpartition(".")
        if email is None and hmac.compare_digest(signature.encode(), self._sign(signed).encode()):
            payload = signed.partition(".")[2]
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            email = claims["email"] if claims["exp"] > self.now() else None
        return None if email is None else self._account_for(email)

    def _account_for(self, email: str) -> str:
        found = next((a.id for a in self.accounts.values() if a.email == email.lower()), None)
        return found or self.new_account(email=email.lower())

    def _signed_in(self, request: MockRequest, account: str | None, *, browser: bool = False) -> MockResponse:
        """A verified sign-in's answer: a new API key, or a browser session and its cookie."""
        if account is None:
            return self.error(401, "SIGN_IN_REFUSED", "the Google ID token or the email code could not be verified")
        if not browser:
            return self.new_key(account, request.json.get("keyLabel", "Default API Key"))
        token = self._open_session(account)
        return MockResponse(200, self._session_body(token), {"Set-Cookie": f"{COOKIE}={token}; {COOKIE_FLAGS}"})

    def _send_code(self, email: str, code: str) -> None:
        self.outbox[email] = code
        self.email_codes.setdefault((email.lower(), code), []).append(self.now() + CODE_TTL)

    def auth_email_start(self, request: MockRequest) -> MockResponse:
        self._send_code(request.json["email"], f"{secrets.randbelow(10**6):06d}")
        return MockResponse(202, {"sent": True, "expiresInSeconds": CODE_TTL})

    def _redeem(self, body: Mapping[str, Any]) -> str | None:
        expiries = self.email_codes.get((body["email"].lower(), body["code"]), [])
        live = next((t for t in expiries if t > self.now()), None)
        if live is None:
            return None
        expiries.remove(live)  # single use
        return self._account_for(body["email"])

    def _open_session(self, account: str) -> str:
        token = "kts_" + secrets.token_urlsafe(24)
        self.sessions[token] = (account, self.now() + SESSION_TTL)
        return token

    def _session_body(self, token: str) -> dict[str, Any]:
        account, expires = self.sessions[token]
        email = self.accounts[account].email
        return {"authenticated": True, **({"email": email} if email else {}), "expiresAt": iso(expires)}

    def contract_session(self) -> str:
        """A live browser session (the cookie's value) for the contract account, made by ``contract_key`` if need be."""
        return self._open_session(self.contract_account or self.keys[self.contract_key()].account)

    def _with_session(self, request: MockRequest, end: bool) -> MockResponse:
        pairs = (part.strip().partition("=") for part in (request.header("cookie") or "").split(";"))
        token = next((value for name, _, value in pairs if name == COOKIE), "")
        if token not in self.sessions or self.sessions[token][1] <= self.now():
            return self.error(401, "UNAUTHORIZED", "no valid browser session cookie")
        if not end:
            return MockResponse(200, self._session_body(token))
        del self.sessions[token]
        return MockResponse(200, {"cleared": True}, {"Set-Cookie": f"{COOKIE}=; Max-Age=0; {COOKIE_FLAGS}"})

    # -- affiliates -------------------------------------------------------------------------------------------------
    def _capture(self, code: str) -> dict[str, Any]:
        expires = self.now() + CAPTURE_TTL
        payload = _b64(json.dumps({"code": code, "exp": int(expires)}).encode())
        return {"captureToken": f"kt_cap_{payload}.{self._sign(payload)}", "expiresAt": iso(expires)}

    def resolve_affiliate_referral(self, request: MockRequest) -> MockResponse:
        code = request.query["code"]
        if code not in self.codes:
            return self.error(404, "NOT_FOUND", "no affiliate has this code")
        self.affiliates[self.codes[code]].clicks += 1
        cookie = f"killa_tamata_capture={self._capture(code)['captureToken']}; Max-Age={CAPTURE_TTL}; {COOKIE_FLAGS}"
        return MockResponse(302, None, {"Location": f"https://killatamata.com/?ref={code}", "Set-Cookie": cookie})

    def _as_affiliate(self, handler: Callable[[MockRequest, Affiliate], MockResponse]) -> Handler:
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
        if affiliate.code is None:  # get or create
            affiliate.code = "KT" + secrets.token_hex(4).upper()
            self.codes[affiliate.code] = self.caller(request).id
        url = f"{request.base_url}/api/v1/affiliates/r?code={affiliate.code}"
        return MockResponse(
            200, {"code": affiliate.code, "referralUrl": url, "createdAt": affiliate.profile["createdAt"]}
        )

    def bind_affiliate_code(self, request: MockRequest) -> MockResponse:
        code, account = request.json["code"], self.caller(request)
        if code not in self.codes:
            return self.error(404, "NOT_FOUND", "no affiliate has this code")
        if self.codes[code] == account.id or account.bound_code not in (None, code):
            return self.error(
                409, "NOT_BINDABLE", f"this account is its own affiliate or bound to {account.bound_code!r}"
            )
        if account.bound_code is None:
            account.bound_code = code
            self.affiliates[self.codes[code]].signups += 1
        return MockResponse(200, {"bound": True, "code": code})

    def get_affiliate_dashboard(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        pending = sum(r["amountUsd"] for r in affiliate.payout_requests if r["status"] == "pending")
        return MockResponse(200, {"clicks": affiliate.clicks, "signups": affiliate.signups,
                                  "conversions": len(affiliate.commissions), "pendingUsd": pending,
                                  "availableUsd": float(affiliate.available),
                                  "paidUsd": sum(p["amountUsd"] for p in affiliate.payouts)})  # fmt: skip

    def _eligibility(self, affiliate: Affiliate) -> dict[str, Any]:
        eligible = affiliate.available >= PAYOUT_MINIMUM
        return {"eligible": eligible, "availableUsd": float(affiliate.available), "minimumUsd": float(PAYOUT_MINIMUM),
                **({} if eligible else {"reason": f"the available balance is below ${PAYOUT_MINIMUM}"})}  # fmt: skip

    def create_affiliate_payout_request(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        amount = Decimal(str(request.json["amountUsd"]))
        if affiliate.available < PAYOUT_MINIMUM or amount > affiliate.available:
            return self.error(409, "NOT_ELIGIBLE", f"${amount} cannot be paid out now", self._eligibility(affiliate))
        affiliate.available -= amount
        payout = {"payoutRequestId": _new_id("apr_"), "amountUsd": float(amount), "status": "pending",
                  "method": request.json.get("method", "paypal"), "createdAt": iso(self.now())}  # fmt: skip
        affiliate.payout_requests.append(payout)
        return MockResponse(201, dict(payout))

    def pay_out(self, payout_request_id: str) -> None:
        """The programme's side (tests): a pending payout request is paid."""
        affiliate, payout = next((a, r) for a in self.affiliates.values() for r in a.payout_requests
                                 if r["payoutRequestId"] == payout_request_id)  # fmt: skip
        payout["status"] = "paid"
        affiliate.payouts.append({"payoutId": _new_id("po_"), "amountUsd": payout["amountUsd"], "status": "paid",
                                  "method": payout["method"], "paidAt": iso(self.now())})  # fmt: skip

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
            "get_studio_snapshot": (None, "", lambda r, s, i: MockResponse(200, {
                "projects": [dict(p) for p in s.projects.values()], "threads": [dict(t) for t in s.threads.values()],
                "activeThreadId": s.active_thread, "settings": dict(s.settings)})),
            "list_studio_project_assets": ("projects", "projectId", lambda r, s, i: MockResponse(
                200, {"projectId": i, "assets": [dict(a) for a in s.assets.values() if a["projectId"] == i]})),
            "create_studio_project": (None, "", lambda r, s, i: self._created(s.projects, {
                "projectId": _new_id("prj_"), **r.json, "updatedAt": iso(self.now())})),
            "update_studio_project": ("projects", "projectId", lambda r, s, i: self._patch(s.projects[i], r.json)),
            "update_studio_settings": (None, "", self.update_studio_settings),
            "create_studio_thread": ("projects", "projectId", self.create_studio_thread),
            "select_studio_thread": ("threads", "threadId", self.select_studio_thread),
            "get_studio_thread": ("threads", "threadId", self.get_studio_thread),
            "update_studio_thread": ("threads", "threadId", lambda r, s, i: self._patch(s.threads[i], r.json)),
            "upload_studio_asset": ("projects", "projectId", lambda r, s, i: self._created(s.assets, {
                "assetId": _new_id("ast_"), "projectId": i, "kind": "binary", "filename": r.query["filename"],
                "mimeType": mimetypes.guess_type(r.query["filename"])[0] or "application/octet-stream",
                "sizeBytes": len(r.body)})),
            "update_studio_asset_metadata": ("assets", "assetId", lambda r, s, i: self._patch(s.assets[i], r.json)),
            "create_studio_text_asset": ("projects", "projectId", self.create_studio_text_asset),
            "get_studio_text_document": ("texts", "assetId", lambda r, s, i: MockResponse(200, self._document(s, i))),
            "update_studio_text_document": ("texts", "assetId", self.update_studio_text_document),
            "prepare_studio_agent_message": ("threads", "threadId", self.prepare_studio_agent_message),
            "run_studio_agent_message": ("threads", "threadId", self.run_studio_agent_message),
            "execute_studio_approval_plan": ("preflights", "preflightId", self.execute_studio_approval_plan),
            "get_studio_agent_request": ("requests", "requestId", self.get_studio_agent_request),
        }  # fmt: skip

    def _in_studio(self, table: str | None, key: str, handler: StudioHandler) -> Handler:
        def route(request: MockRequest) -> MockResponse:
            studio = self.studios.setdefault(self.caller(request).id, Studio())
            ident = request.query.get(key) or (request.json or {}).get(key, "")
            if table is not None and ident not in getattr(studio, table):
                return self.error(404, "NOT_FOUND", f"no {key.removesuffix('Id')} {ident!r} in this account")
            return handler(request, studio, ident)

        return route

    def _created(self, table: dict[str, dict[str, Any]], record: dict[str, Any]) -> MockResponse:
        """A new record, its id first; stored answers are copies (a replay shows the record as it was)."""
        table[next(iter(record.values()))] = record = {**record, "createdAt": iso(self.now())}
        return MockResponse(201, dict(record))

    def _patch(self, record: dict[str, Any], changes: Mapping[str, Any]) -> MockResponse:
        record.update(changes, updatedAt=iso(self.now()))
        return MockResponse(200, dict(record))

    def update_studio_settings(self, request: MockRequest, studio: Studio, _: str) -> MockResponse:
        active = request.json.get("activeProjectId")
        if active is not None and active not in studio.projects:
            return self.error(404, "NOT_FOUND", f"no project {active!r} in this account")
        studio.settings.update(request.json)
        return MockResponse(200, dict(studio.settings))

    def create_studio_thread(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        title = request.json.get("title", "New conversation")
        answer = self._created(studio.threads, {"threadId": _new_id("thr_"), "projectId": project, "title": title})
        studio.messages[answer.body["threadId"]] = []
        return answer

    def select_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        studio.active_thread, studio.settings["activeProjectId"] = thread, studio.threads[thread]["projectId"]
        return MockResponse(200, {"activeThreadId": thread})

    def get_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        now = iso(self.now())  # an agent's reply shows once its request finished
        messages = sorted(
            (dict(m) for m in studio.messages[thread] if m["createdAt"] <= now), key=lambda m: m["createdAt"]
        )
        return MockResponse(200, {**studio.threads[thread], "messages": messages})

    def create_studio_text_asset(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        answer = self._created(studio.assets, {"assetId": _new_id("ast_"), "projectId": project, "kind": "text",
                                               "title": request.json["title"], "mimeType": "text/plain"})  # fmt: skip
        studio.texts[answer.body["assetId"]] = request.json.get("text", "")
        return answer

    @staticmethod
    def _document(studio: Studio, asset: str) -> dict[str, Any]:
        record = studio.assets[asset]
        return {"assetId": asset, "title": record.get("title", ""), "text": studio.texts[asset],
                "updatedAt": record.get("updatedAt", record["createdAt"])}  # fmt: skip

    def update_studio_text_document(self, request: MockRequest, studio: Studio, asset: str) -> MockResponse:
        studio.texts[asset], studio.assets[asset]["updatedAt"] = request.json["text"], iso(self.now())
        return MockResponse(200, self._document(studio, asset))

    # -- the Studio agent -------------------------------------------------------------------------------------------
    def _quote(self, prompt: str) -> Jobs:
        jobs: Jobs = []
        for pattern, task, prompt_field, data in AGENT_JOBS:
            if re.search(pattern, prompt, re.IGNORECASE):
                body = {"task": task, "input": {**({prompt_field: prompt} if prompt_field else {}), **data}}
                jobs.append((body, self.price(body)))
        return jobs

    @staticmethod
    def _needs_approval(studio: Studio, jobs: Jobs) -> bool:
        return _total(jobs) > Decimal(str(studio.settings["autoApproveMaxUsd"]))

    def prepare_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        jobs = self._quote(request.json["prompt"])
        preflight = Preflight(_new_id("pf_"), thread, request.json["prompt"], jobs, self._needs_approval(studio, jobs),
                              self.now() + PREFLIGHT_TTL)  # fmt: skip
        studio.preflights[preflight.id] = preflight
        return MockResponse(200, {"preflightId": preflight.id, "totalEstimatedUsd": float(_total(jobs)),
                                  "quotedJobs": [{"task": b["task"], "estimatedUsd": float(usd)} for b, usd in jobs],
                                  "approvalRequired": preflight.approval})  # fmt: skip

    def _expired(self, preflight: Preflight) -> str | None:
        return "this preflight has expired" if self.now() > preflight.expires else None

    def run_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        prompt, preflight_id = request.json["prompt"], request.json.get("preflightId")
        if preflight_id is None:
            jobs = self._quote(prompt)
            if self._needs_approval(studio, jobs):
                return self.error(409, "APPROVAL_REQUIRED", "this prompt quotes paid jobs above autoApproveMaxUsd: "
                                  "prepare it and execute its approval plan")  # fmt: skip
            return self._start(request, studio, thread, prompt, None, jobs)
        preflight = studio.preflights.get(preflight_id)
        if preflight is None:
            return self.error(404, "NOT_FOUND", f"no preflight {preflight_id!r} in this account")
        problem = ("this preflight was already used" if preflight.used else self._expired(preflight)) or (
            "this preflight is for another conversation" if preflight.thread != thread else
            "this preflight needs its approval plan executed" if preflight.approval and not preflight.executed
            else None)  # fmt: skip
        if problem:
            return self.error(409, "PREFLIGHT_UNUSABLE", problem)
        preflight.used = True  # its jobs run now, unless an executed approval plan started them
        return self._start(request, studio, thread, prompt, preflight, [] if preflight.executed else preflight.jobs)

    def execute_studio_approval_plan(self, request: MockRequest, studio: Studio, preflight_id: str) -> MockResponse:
        preflight = studio.preflights[preflight_id]
        problem = "this plan was already executed" if preflight.executed else self._expired(preflight)
        if problem:
            return self.error(409, "PLAN_UNUSABLE", problem)
        return self._start(request, studio, preflight.thread, preflight.prompt, preflight, preflight.jobs)

    def _start(self, request: MockRequest, studio: Studio, thread: str, prompt: str, preflight: Preflight | None,
               jobs: Jobs) -> MockResponse:  # fmt: skip
        account, total, now = self.caller(request), _total(jobs), self.now()
        if account.balance < total:
            return self.error(402, "INSUFFICIENT_BALANCE", f"the jobs cost ${total}, the balance is ${account.balance}",
                              {"requiredUsd": float(total), "balanceUsd": float(account.balance)})  # fmt: skip
        if preflight is not None:
            preflight.executed = True
        started = [self.start_job(account, body, usd).id for body, usd in jobs]
        agent = AgentRequest(_new_id("req_"), thread, preflight.id if preflight else None, started, now,
                             now + self.queue_seconds + self.job_seconds)  # fmt: skip
        studio.requests[agent.id] = agent
        failed = any(self.jobs[j].fail for j in started)
        reply = "A media job failed." if failed else f"Done: {len(started)} media job(s) finished."
        studio.messages[thread] += [
            {"messageId": _new_id("msg_"), "role": role, "content": text, "createdAt": iso(at)}
            for role, text, at in (("user", prompt, now), ("assistant", reply, agent.finishes))
        ]
        return MockResponse(202, {"requestId": agent.id, "status": "queued"})

    def _agent_status(self, agent: AgentRequest) -> str:
        if self.now() >= agent.finishes:
            return "failed" if any(self.jobs[j].fail for j in agent.jobs) else "succeeded"
        return "queued" if self.now() < agent.created + self.queue_seconds else "running"

    def get_studio_agent_request(self, request: MockRequest, studio: Studio, request_id: str) -> MockResponse:
        agent = studio.requests[request_id]
        answer: dict[str, Any] = {"requestId": agent.id, "status": self._agent_status(agent), "threadId": agent.thread,
                                  "jobIds": list(agent.jobs), "createdAt": iso(agent.created),
                                  "updatedAt": iso(min(self.now(), agent.finishes))}  # fmt: skip
        if agent.preflight:
            answer["preflightId"] = agent.preflight
        if answer["status"] == "failed":
            answer["error"] = next(str(self.jobs[j].fail) for j in agent.jobs if self.jobs[j].fail)
        return MockResponse(200, answer)
