"""HTTP side of payments: the three API operations, the checkout page and the /_mock/ controls.

API checks, in order. Start (``/payments/<method>``): a usable ``redirect_url`` (else 422 JSON),
a known company (else the refusal ``invalid_signature;invalid_partner``), the signature (else
``invalid_signature``), then the parameters. Status and feed: a known company
(``invalid_company_id``), the signature (``invalid_signature``), then the id or page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from clubcollect_mock.api.common import parse_object, read_body
from clubcollect_mock.config import INT32_MAX
from clubcollect_mock.control import notify_url_not_set
from clubcollect_mock.errors import REASON_HEADER, ApiError, dumps, json_bytes, json_response
from clubcollect_mock.ids import now_iso
from clubcollect_mock.payments import page
from clubcollect_mock.payments.flow import PaymentDesk, StartRefused, TransitionRefused, with_query
from clubcollect_mock.payments.notices import PaymentNotifier
from clubcollect_mock.payments.records import CompanyRef, PaymentRow
from clubcollect_mock.payments.rules import (
    RESULTS,
    START_METHODS,
    StartRequest,
    looks_like_id,
    usable_redirect,
)
from clubcollect_mock.payments.signing import is_signed
from clubcollect_mock.schemas.fields import JsonObject, check_keys, req_enum

FEED_PAGE_SIZE = 25
CHECKOUT_PREFIX = "/_mock/checkout"
_PAGE = frozenset("0123456789")


def read_query(request: Request) -> StartRequest:
    """Last value of each parameter (what the signature is computed over), repeats noted."""
    values: dict[str, str] = {}
    repeated: set[str] = set()
    for name, value in request.query_params.multi_items():
        if name in values:
            repeated.add(name)
        values[name] = value
    return StartRequest(values, frozenset(repeated))


def _signed_part(query: StartRequest, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**{k: v for k, v in query.values.items() if k != "signature"}, **(extra or {})}


class _Refusal(Exception):
    """A status or feed call answered 422 ``invalid_params`` (P8)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


_REFUSAL_REASONS = {
    "invalid_company_id": "company_id: no company with this id (given once) has a partner",
    "invalid_signature": "signature: missing, repeated, or not the signature of these parameters "
    "with the partner's key",
    "invalid_payment_id": "payment_id: no payment with this id in this company",
    "invalid_page": "page: expected a whole number from 1 to 2147483647, given once",
}


class PaymentApi:
    """``/payments/...`` under the API prefix. Nothing here decides a result, so nothing notifies."""

    def __init__(self, desk: PaymentDesk) -> None:
        self.desk = desk

    def routes(self) -> list[Route]:
        # Literal paths first: the router tries routes in order, and they win over the template (P1).
        routes = [Route("/payments/notifications", self.feed, methods=["GET"])]
        routes += [
            Route(f"/payments/{method}", self._starter(method), methods=["GET"]) for method in START_METHODS
        ]
        routes.append(Route("/payments/{payment_id}", self.status, methods=["GET"]))
        return routes

    def _starter(self, method: str) -> Callable[[Request], Awaitable[Response]]:
        async def start(request: Request) -> Response:
            return self.start(request, method)

        return start

    def start(self, request: Request, method: str) -> Response:
        query = read_query(request)
        company_id = query.get("company_id")
        redirect_url = query.values.get("redirect_url")
        if "redirect_url" in query.repeated or not usable_redirect(redirect_url):
            body = {
                "company_id": company_id,
                "payment_method": method,
                "error_code": "unprocessable_entity",
                "error_details": "invalid_redirect_url",
            }
            reason = (
                "redirect_url: given more than once"
                if "redirect_url" in query.repeated
                else "redirect_url: required, an absolute http(s) URL with a host"
            )
            return json_bytes(dumps(body), 422, {REASON_HEADER: reason})
        assert redirect_url is not None
        try:
            company = self._signed_company(query)
            row = self.desk.start(company, method, query, now_iso())
        except StartRefused as refused:
            refusal = {
                "company_id": company_id or "",
                "payment_method": method,
                "error_code": "unprocessable_entity",
                "error_details": ";".join(refused.details),
            }
            return RedirectResponse(with_query(redirect_url, refusal), status_code=302)
        checkout = f"{str(request.base_url).rstrip('/')}{CHECKOUT_PREFIX}/{row.checkout}"
        return RedirectResponse(checkout, status_code=302)

    def _signed_company(self, query: StartRequest) -> CompanyRef:
        company_id = query.get("company_id")
        company = self.desk.records.company(company_id) if looks_like_id(company_id) else None
        if company is None or "company_id" in query.repeated:
            raise StartRefused(["invalid_signature", "invalid_partner"])
        key = self.desk.store.partner_key(company.partner)
        if (
            key is None
            or "signature" in query.repeated
            or not is_signed(_signed_part(query), query.get("signature"), key)
        ):
            raise StartRefused(["invalid_signature"])
        return company

    def _checked(
        self, request: Request, extra: dict[str, str] | None = None
    ) -> tuple[StartRequest, CompanyRef]:
        query = read_query(request)
        company_id = query.get("company_id")
        company = self.desk.records.company(company_id) if looks_like_id(company_id) else None
        key = None if company is None else self.desk.store.partner_key(company.partner)
        if company is None or key is None or "company_id" in query.repeated:
            raise _Refusal("invalid_company_id")
        if "signature" in query.repeated or not is_signed(
            _signed_part(query, extra), query.get("signature"), key
        ):
            raise _Refusal("invalid_signature")
        return query, company

    @staticmethod
    def _refused(request: Request, refusal: _Refusal) -> Response:
        company_id = request.query_params.get("company_id") or None
        body = {"company_id": company_id, "error_code": "invalid_params", "error_details": refusal.detail}
        return json_bytes(dumps(body), 422, {REASON_HEADER: _REFUSAL_REASONS[refusal.detail]})

    async def status(self, request: Request) -> Response:
        payment_id: str = request.path_params["payment_id"]
        try:
            _, company = self._checked(request, {"id": payment_id})
            row = self.desk.records.by_id(company.seq, payment_id)
            if row is None:
                raise _Refusal("invalid_payment_id")
        except _Refusal as refusal:
            return self._refused(request, refusal)
        return json_response(self.desk.status_doc(row))

    async def feed(self, request: Request) -> Response:
        try:
            query, company = self._checked(request)
            text = query.values.get("page", "1")
            if "page" in query.repeated or not text or set(text) - _PAGE or text[0] == "0" or len(text) > 10:
                raise _Refusal("invalid_page")
            number = int(text)
            if number > INT32_MAX:
                raise _Refusal("invalid_page")
        except _Refusal as refusal:
            return self._refused(request, refusal)
        rows = self.desk.records.newest_first(company.seq, FEED_PAGE_SIZE, (number - 1) * FEED_PAGE_SIZE)
        return json_response([self.desk.status_doc(row) for row in rows])


class PaymentControl:
    """The checkout page (``/_mock/checkout/{token}``) and the payment controls under ``/_mock/``."""

    def __init__(self, desk: PaymentDesk, notifier: PaymentNotifier) -> None:
        self.desk = desk
        self.notifier = notifier

    def routes(self) -> list[Route]:
        return [
            Route(CHECKOUT_PREFIX + "/{token}", self.show, methods=["GET"]),
            Route(CHECKOUT_PREFIX + "/{token}", self.choose, methods=["POST"]),
            Route(
                "/_mock/companies/{company_id}/payments/{payment_id}/result",
                self.set_result,
                methods=["POST"],
            ),
            Route("/_mock/payments/notifications", self.pending, methods=["GET"]),
            Route("/_mock/payments/notifications/flush", self.flush, methods=["POST"]),
        ]

    def _by_token(self, request: Request) -> PaymentRow | None:
        token: str = request.path_params["token"]
        return self.desk.records.by_checkout(token) if looks_like_id(token) else None

    @staticmethod
    def _html(text: str, status: int = 200, reason: str | None = None) -> HTMLResponse:
        headers = page.HEADERS if reason is None else {**page.HEADERS, REASON_HEADER: reason}
        return HTMLResponse(text, status_code=status, headers=headers)

    def _unknown_checkout(self) -> HTMLResponse:
        return self._html(
            page.message_page("Unknown checkout", "No payment waits at this address."),
            404,
            "token: no checkout with this token",
        )

    async def show(self, request: Request) -> Response:
        row = self._by_token(request)
        if row is None:
            return self._unknown_checkout()
        if row.result is not None:
            return self._html(page.finished_page(row, self.desk.result_url(row)))
        company = self.desk.records.company(row.company_id)
        assert company is not None  # companies are never deleted, so a payment's company is there
        return self._html(page.checkout_page(row, company.doc, f"{CHECKOUT_PREFIX}/{row.checkout}"))

    async def choose(self, request: Request) -> Response:
        """The form's answer: decide, then send the browser back to the partner (303)."""
        form = dict(parse_qsl((await read_body(request)).decode("utf-8", "replace"), keep_blank_values=True))
        row = self._by_token(request)
        if row is None:
            return self._unknown_checkout()
        result = form.get("payment_result", "")
        if result not in RESULTS:
            return self._html(
                page.message_page("Unknown outcome", "Pick one of the listed outcomes."),
                400,
                f"payment_result: expected one of {', '.join(RESULTS)}",
            )
        if row.result is not None:
            return self._html(
                page.message_page("Already decided", f"This payment is {row.result}."),
                409,
                f"the payment is already decided ({row.result})",
            )
        row = self.desk.decide(row, result, now_iso())
        self.notifier.deliver_soon()
        return RedirectResponse(self.desk.result_url(row), status_code=303)

    async def set_result(self, request: Request) -> Response:
        """Drive an outcome without a browser, or a later one (pending -> authorized...)."""
        raw = await read_body(request)
        body = parse_object(raw) if raw.strip() else {}
        result = _result_of(body)
        company = self.desk.records.company(request.path_params["company_id"])
        row = (
            None
            if company is None
            else self.desk.records.by_id(company.seq, request.path_params["payment_id"])
        )
        if row is None:
            raise ApiError(
                404,
                "not_found",
                reason="no payment with this id in a company of that id"
                if company
                else "no company with this id",
                field="payment_id" if company else "company_id",
            )
        try:
            row = self.desk.decide(row, result, now_iso())
        except TransitionRefused as refused:
            # The message is "<current> -> <wanted>", both from RESULTS.
            raise ApiError(
                409, "invalid_transition", reason=f"a payment cannot go {refused}", field="payment_result"
            ) from None
        self.notifier.deliver_soon()
        return json_response(
            {"payment": self.desk.status_doc(row), "redirect_url": self.desk.result_url(row)}
        )

    async def pending(self, request: Request) -> Response:
        return json_response(self.notifier.pending())

    async def flush(self, request: Request) -> Response:
        if self.notifier.url is None:
            raise notify_url_not_set()
        return json_response({"deliveries": await self.notifier.flush()})


def _result_of(body: JsonObject) -> str:
    check_keys(body, frozenset({"payment_result"}))
    return req_enum(body, "payment_result", frozenset(RESULTS))
