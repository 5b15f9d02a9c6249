"""HTTP side of the inspector: ``/_mock/`` pages and the treasurer SSO landing ``/treasurer/sso``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from clubcollect_mock.inspector import pages
from clubcollect_mock.inspector.html import HEADERS
from clubcollect_mock.inspector.sso import DATE_TOLERANCE, Outcome, SsoDesk, Verdict
from clubcollect_mock.inspector.state import Inspector

SSO_PATH = "/treasurer/sso"
_TOLERANCE_HOURS = int(DATE_TOLERANCE.total_seconds() // 3600)
_SET_UP_HINT = (
    "Give the partner an SSO salt and key: --partner API_KEY:COMPANY_ID:SSO_SALT:SSO_KEY on the "
    'command line, or "sso_salt" and "sso_key" in POST /_mock/partners.'
)
# Status, page title and message of each refusal. The message names no secret and echoes nothing
# from the link except, for a stale one, the day it was signed for.
_REFUSALS: dict[Outcome, tuple[int, str, str]] = {
    Outcome.MISSING_PARAMETER: (
        400,
        "Incomplete SSO link",
        "An SSO link needs company_uuid and signature, each given once and not empty.",
    ),
    Outcome.MALFORMED_COMPANY: (
        400,
        "Malformed SSO link",
        "company_uuid must be a company id: 40 lowercase hexadecimal characters.",
    ),
    Outcome.UNKNOWN_COMPANY: (
        404,
        "Unknown company",
        "No company with this company_uuid exists on this mock.",
    ),
    Outcome.SSO_NOT_SET_UP: (
        403,
        "SSO not set up",
        "The partner that owns this company has no SSO salt and key, so no SSO link can be checked.",
    ),
    Outcome.BAD_SIGNATURE: (
        403,
        "Invalid SSO signature",
        "The signature does not match this company with its partner's SSO salt and key. It is the hex "
        "SHA-256 of the date (YYYYMMDD), the company id, the salt and the key, in that order.",
    ),
    Outcome.STALE: (403, "Expired SSO link", ""),
    Outcome.NOT_YET_VALID: (403, "SSO link not yet valid", ""),
}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=HEADERS)


def _refusal(verdict: Verdict) -> HTMLResponse:
    status, title, message = _REFUSALS[verdict.outcome]
    hint = None
    if verdict.outcome in (Outcome.STALE, Outcome.NOT_YET_VALID):
        message = (
            f"This link was signed for {verdict.signed_for:%Y-%m-%d}. A link is good on the day it is made "
            f"(UTC, give or take {_TOLERANCE_HOURS} hours): make a new one."
        )
    elif verdict.outcome is Outcome.SSO_NOT_SET_UP:
        hint = _SET_UP_HINT
    return _html(pages.message_page(title, message, hint=hint), status)


class InspectorRoutes:
    def __init__(self, inspector: Inspector, sso: SsoDesk) -> None:
        self.inspector = inspector
        self.sso = sso

    def routes(self) -> list[Route]:
        return [
            Route("/_mock", self.to_overview, methods=["GET"]),
            Route("/_mock/", self.overview, methods=["GET"]),
            Route("/_mock/companies/{company_id}", self.company, methods=["GET"]),
            Route("/_mock/invoices/{invoice_id}", self.invoice, methods=["GET"]),
            Route(SSO_PATH, self.sso_landing, methods=["GET"]),
        ]

    async def to_overview(self, request: Request) -> Response:
        return RedirectResponse("/_mock/", status_code=308)

    async def overview(self, request: Request) -> Response:
        inspector = self.inspector
        page = pages.overview_page(
            inspector.partners(), inspector.pending_counts(), inspector.recent_deliveries()
        )
        return _html(page)

    def _company_response(self, company_id: str, *, via_sso: bool) -> Response:
        view = self.inspector.company(company_id)
        if view is None:
            return _html(pages.message_page("Unknown company", "No company with this id exists."), 404)
        return _html(pages.company_page(view, via_sso=via_sso))

    async def company(self, request: Request) -> Response:
        return self._company_response(request.path_params["company_id"], via_sso=False)

    async def invoice(self, request: Request) -> Response:
        view = self.inspector.invoice(request.path_params["invoice_id"])
        if view is None:
            return _html(pages.message_page("Unknown invoice", "No invoice with this id exists."), 404)
        return _html(pages.invoice_page(view))

    async def sso_landing(self, request: Request) -> Response:
        """A checked link shows its company's page (at the link's address, as a sign-in would)."""
        verdict = self.sso.check(request.query_params.multi_items())
        if verdict.outcome is not Outcome.SIGNED_IN or verdict.company_id is None:
            return _refusal(verdict)
        return self._company_response(verdict.company_id, via_sso=True)
