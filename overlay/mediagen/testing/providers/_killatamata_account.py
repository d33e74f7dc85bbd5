"""Killa Tamata mock, the account long tail: Google / email / browser sign-in and affiliates, a route group of
``KillaTamataMock`` (Studio is ``_killatamata_studio``).

Sign-in takes the Google ID tokens the mock minted (``google_token(email)``, an HS256 JWT valid an hour of mock time)
and the email codes it "sent" (``outbox``: single use, 10 minutes); a new address gets a new account. Browser sign-ins
set the ``killa_tamata_browser_session`` cookie. Affiliates are approved on applying; a referred account's purchases
earn its affiliate 20 %, payable at once. The spec's examples run as printed: the PROMO_42 affiliate and
dev@example.com's token and code exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._engine import Handler, MockRequest, MockResponse
from ._killatamata_state import Account, iso, new_id

if TYPE_CHECKING:
    from .killatamata import KillaTamataMock

__all__ = ["AccountRoutes"]

COOKIE, COOKIE_FLAGS = "killa_tamata_browser_session", "Path=/; HttpOnly; Secure; SameSite=Lax"
CODE_TTL, SESSION_TTL, TOKEN_TTL, CAPTURE_TTL = 600, 30 * 86400, 3600, 30 * 86400
COMMISSION_RATE, PAYOUT_MINIMUM = Decimal("0.2"), Decimal(10)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


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


class AccountRoutes:
    """Sign-in and affiliates, over ``mock``'s accounts and keys; its own state is made by ``reset``."""

    def __init__(self, mock: KillaTamataMock) -> None:
        self.mock = mock

    def reset(self) -> None:
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
        self.contract_account: str | None = None
        for code in self.mock.example_ids("affiliateCode"):
            owner = self.mock.new_account(email=f"{code.lower()}@example.com")
            self.affiliates[owner] = Affiliate({"status": "approved", "createdAt": iso(self.mock.now())}, code)
            self.codes[code] = owner
        self.example_tokens = dict.fromkeys(self.mock.example_ids("idToken"), "dev@example.com")
        for op in ("auth_email_verify", "auth_browser_email_verify"):
            example = self.mock.engine.schema.operations[op].raw["requestBody"]["content"]["application/json"][
                "example"
            ]
            self._send_code(example["email"], example["code"])

    def seed_contract_account(self, account: str) -> None:
        """The contract account (``contract_key``): an affiliate with $50 to pay out."""
        self.contract_account, self.mock.accounts[account].email = account, "contract@example.com"
        affiliate = self.affiliates[account] = Affiliate({"status": "approved", "createdAt": iso(self.mock.now())})
        self._commission(affiliate, Decimal(50))

    def handlers(self) -> Mapping[str, Handler]:
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
                200, {"payoutRequests": [dict(x) for x in a.payout_requests], "eligibility": self._eligibility(a)}
            ),
            "create_affiliate_payout_request": self.create_affiliate_payout_request,
        }
        routes |= {name: self._as_affiliate(handler) for name, handler in affiliate_routes.items()}
        return routes

    # -- sign-in ----------------------------------------------------------------------------------------------------
    def _sign(self, data: str) -> str:
        return _b64(hmac.new(self.secret, data.encode(), hashlib.sha256).digest())

    def google_token(self, email: str) -> str:
        """A Google ID token for ``email`` that this mock accepts (a JWT: header.payload.signature)."""
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "killatamata-mock"}).encode())
        claims = {
            "iss": "https://accounts.google.com",
            "aud": "killatamata-mock",
            "email": email,
            "email_verified": True,
            "iat": int(self.mock.now()),
            "exp": int(self.mock.now() + TOKEN_TTL),
        }
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
            email = claims["email"] if claims["exp"] > self.mock.now() else None
        return None if email is None else self._account_for(email)

    def _account_for(self, email: str) -> str:
        found = next((a.id for a in self.mock.accounts.values() if a.email == email.lower()), None)
        return found or self.mock.new_account(email=email.lower())

    def _signed_in(self, request: MockRequest, account: str | None, *, browser: bool = False) -> MockResponse:
        """A verified sign-in's answer: a new API key, or a browser session and its cookie."""
        if account is None:
            return self.mock.error(
                401, "SIGN_IN_REFUSED", "the Google ID token or the email code could not be verified"
            )
        if not browser:
            return self.mock.new_key(account, request.json.get("keyLabel", "Default API Key"))
        token = self.open_session(account)
        return MockResponse(200, self._session_body(token), {"Set-Cookie": f"{COOKIE}={token}; {COOKIE_FLAGS}"})

    def _send_code(self, email: str, code: str) -> None:
        self.outbox[email] = code
        self.email_codes.setdefault((email.lower(), code), []).append(self.mock.now() + CODE_TTL)

    def auth_email_start(self, request: MockRequest) -> MockResponse:
        self._send_code(request.json["email"], f"{secrets.randbelow(10**6):06d}")
        return MockResponse(202, {"sent": True, "expiresInSeconds": CODE_TTL})

    def _redeem(self, body: Mapping[str, Any]) -> str | None:
        expiries = self.email_codes.get((body["email"].lower(), body["code"]), [])
        live = next((t for t in expiries if t > self.mock.now()), None)
        if live is None:
            return None
        expiries.remove(live)  # single use
        return self._account_for(body["email"])

    def open_session(self, account: str) -> str:
        token = "kts_" + secrets.token_urlsafe(24)
        self.sessions[token] = (account, self.mock.now() + SESSION_TTL)
        return token

    def _session_body(self, token: str) -> dict[str, Any]:
        account, expires = self.sessions[token]
        email = self.mock.accounts[account].email
        return {"authenticated": True, **({"email": email} if email else {}), "expiresAt": iso(expires)}

    def _with_session(self, request: MockRequest, end: bool) -> MockResponse:
        pairs = (part.strip().partition("=") for part in (request.header("cookie") or "").split(";"))
        token = next((value for name, _, value in pairs if name == COOKIE), "")
        if token not in self.sessions or self.sessions[token][1] <= self.mock.now():
            return self.mock.error(401, "UNAUTHORIZED", "no valid browser session cookie")
        if not end:
            return MockResponse(200, self._session_body(token))
        del self.sessions[token]
        return MockResponse(200, {"cleared": True}, {"Set-Cookie": f"{COOKIE}=; Max-Age=0; {COOKIE_FLAGS}"})

    # -- affiliates -------------------------------------------------------------------------------------------------
    def _capture(self, code: str) -> dict[str, Any]:
        expires = self.mock.now() + CAPTURE_TTL
        payload = _b64(json.dumps({"code": code, "exp": int(expires)}).encode())
        return {"captureToken": f"kt_cap_{payload}.{self._sign(payload)}", "expiresAt": iso(expires)}

    def resolve_affiliate_referral(self, request: MockRequest) -> MockResponse:
        code = request.query["code"]
        if code not in self.codes:
            return self.mock.error(404, "NOT_FOUND", "no affiliate has this code")
        self.affiliates[self.codes[code]].clicks += 1
        cookie = f"killa_tamata_capture={self._capture(code)['captureToken']}; Max-Age={CAPTURE_TTL}; {COOKIE_FLAGS}"
        return MockResponse(302, None, {"Location": f"https://killatamata.com/?ref={code}", "Set-Cookie": cookie})

    def _as_affiliate(self, handler: Callable[[MockRequest, Affiliate], MockResponse]) -> Handler:
        def route(request: MockRequest) -> MockResponse:
            affiliate = self.affiliates.get(self.mock.caller(request).id)
            if affiliate is None:
                return self.mock.error(404, "NOT_AFFILIATE", "this account is not an affiliate: apply first")
            return handler(request, affiliate)

        return route

    @staticmethod
    def _profile(affiliate: Affiliate) -> dict[str, Any]:
        return {**affiliate.profile, **({"code": affiliate.code} if affiliate.code else {})}

    def affiliate_apply(self, request: MockRequest) -> MockResponse:
        account = self.mock.caller(request).id
        if account in self.affiliates:
            return self.mock.error(409, "ALREADY_AFFILIATE", "this account is already an affiliate")
        self.affiliates[account] = Affiliate({"status": "approved", **request.json, "createdAt": iso(self.mock.now())})
        return MockResponse(200, self._profile(self.affiliates[account]))

    def update_affiliate_profile(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        affiliate.profile.update(request.json)
        return MockResponse(200, self._profile(affiliate))

    def get_affiliate_code(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        if affiliate.code is None:  # get or create
            affiliate.code = "KT" + secrets.token_hex(4).upper()
            self.codes[affiliate.code] = self.mock.caller(request).id
        url = f"{request.base_url}/api/v1/affiliates/r?code={affiliate.code}"
        return MockResponse(
            200, {"code": affiliate.code, "referralUrl": url, "createdAt": affiliate.profile["createdAt"]}
        )

    def bind_affiliate_code(self, request: MockRequest) -> MockResponse:
        code, account = request.json["code"], self.mock.caller(request)
        if code not in self.codes:
            return self.mock.error(404, "NOT_FOUND", "no affiliate has this code")
        if self.codes[code] == account.id or account.bound_code not in (None, code):
            return self.mock.error(
                409, "NOT_BINDABLE", f"this account is its own affiliate or bound to {account.bound_code!r}"
            )
        if account.bound_code is None:
            account.bound_code = code
            self.affiliates[self.codes[code]].signups += 1
        return MockResponse(200, {"bound": True, "code": code})

    def get_affiliate_dashboard(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        pending = sum(r["amountUsd"] for r in affiliate.payout_requests if r["status"] == "pending")
        return MockResponse(
            200,
            {
                "clicks": affiliate.clicks,
                "signups": affiliate.signups,
                "conversions": len(affiliate.commissions),
                "pendingUsd": pending,
                "availableUsd": float(affiliate.available),
                "paidUsd": sum(p["amountUsd"] for p in affiliate.payouts),
            },
        )

    def _eligibility(self, affiliate: Affiliate) -> dict[str, Any]:
        eligible = affiliate.available >= PAYOUT_MINIMUM
        return {
            "eligible": eligible,
            "availableUsd": float(affiliate.available),
            "minimumUsd": float(PAYOUT_MINIMUM),
            **({} if eligible else {"reason": f"the available balance is below ${PAYOUT_MINIMUM}"}),
        }

    def create_affiliate_payout_request(self, request: MockRequest, affiliate: Affiliate) -> MockResponse:
        amount = Decimal(str(request.json["amountUsd"]))
        if affiliate.available < PAYOUT_MINIMUM or amount > affiliate.available:
            return self.mock.error(
                409, "NOT_ELIGIBLE", f"${amount} cannot be paid out now", self._eligibility(affiliate)
            )
        affiliate.available -= amount
        payout = {
            "payoutRequestId": new_id("apr_"),
            "amountUsd": float(amount),
            "status": "pending",
            "method": request.json.get("method", "paypal"),
            "createdAt": iso(self.mock.now()),
        }
        affiliate.payout_requests.append(payout)
        return MockResponse(201, dict(payout))

    def pay_out(self, payout_request_id: str) -> None:
        """The programme's side (tests): a pending payout request is paid."""
        affiliate, payout = next(
            (a, r)
            for a in self.affiliates.values()
            for r in a.payout_requests
            if r["payoutRequestId"] == payout_request_id
        )
        payout["status"] = "paid"
        affiliate.payouts.append(
            {
                "payoutId": new_id("po_"),
                "amountUsd": payout["amountUsd"],
                "status": "paid",
                "method": payout["method"],
                "paidAt": iso(self.mock.now()),
            }
        )

    def _commission(self, affiliate: Affiliate, usd: Decimal) -> None:
        affiliate.available += usd
        affiliate.commissions.append(
            {
                "commissionId": new_id("com_"),
                "amountUsd": float(usd),
                "status": "available",
                "createdAt": iso(self.mock.now()),
            }
        )

    def attribute_purchase(self, account: Account, usd: Decimal, code: str | None = None) -> None:
        """A credit purchase: the affiliate of the account's bound code (else of ``code``) earns its commission."""
        owner = self.codes.get(account.bound_code or code or "")
        if owner is not None and owner != account.id and usd > 0:
            self._commission(self.affiliates[owner], (usd * COMMISSION_RATE).quantize(Decimal("0.01")))
