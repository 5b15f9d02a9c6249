"""Assembles the ASGI app: API routes, /_mock/ control routes, error handlers, faults, lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TextIO

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from clubcollect_mock.api.companies import CompanyRoutes
from clubcollect_mock.api.imports import ImportRoutes
from clubcollect_mock.api.invoices import InvoiceRoutes
from clubcollect_mock.api.tickets import TicketRoutes
from clubcollect_mock.config import FaultConfig, Partner
from clubcollect_mock.control import PREFIX as CONTROL_PREFIX
from clubcollect_mock.control import ControlRoutes
from clubcollect_mock.deliveries import DeliveryLog
from clubcollect_mock.errors import REASON_HEADER, ApiError, dumps, header_text, json_bytes, quoted_name
from clubcollect_mock.fastpath import InvoiceFastPath
from clubcollect_mock.faults import API_PREFIX, FaultInjector, FaultState
from clubcollect_mock.inspector.routes import InspectorRoutes
from clubcollect_mock.inspector.sso import Clock, SsoDesk, utc_now
from clubcollect_mock.inspector.state import Inspector
from clubcollect_mock.notifications import Notifier
from clubcollect_mock.payments.flow import PaymentDesk
from clubcollect_mock.payments.notices import PaymentNotifier
from clubcollect_mock.payments.routes import PaymentApi, PaymentControl
from clubcollect_mock.request_log import LogFormat, LogWriter, RequestLog
from clubcollect_mock.serving import unfinished_body_answer
from clubcollect_mock.store import Store, open_store

_NOT_FOUND = dumps({"error": "not_found"})
_METHOD_NOT_ALLOWED = dumps({"error": "method_not_allowed"})


@dataclass(frozen=True, slots=True)
class MockContext:
    """What in-process users (tests, benchmarks) may reach through ``app.state.mock``."""

    store: Store
    notifier: Notifier
    faults: FaultState


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    # The control API is ours: its refusals also name the field in the body.
    return exc.response(detailed=request.url.path.startswith(CONTROL_PREFIX + "/"))


async def _client_gone(request: Request, exc: Exception) -> Response:
    # The client hung up while sending its body, or the request deadline cut it off: there is
    # nobody to answer, and it is no server error. uvicorn drops whatever is sent now.
    return unfinished_body_answer(request.scope)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    path = quoted_name(request.url.path)
    if exc.status_code == 405:
        allowed = dict(exc.headers or {}).get("Allow", "")
        reason = f"{quoted_name(request.method)} is not allowed on {path}; allowed: {allowed}"
        return json_bytes(
            _METHOD_NOT_ALLOWED, 405, {**(exc.headers or {}), REASON_HEADER: header_text(reason)}
        )
    if exc.status_code == 404:
        return json_bytes(_NOT_FOUND, 404, {REASON_HEADER: header_text(_no_route(request.url.path))})
    return json_bytes(
        dumps({"error": "bad_request"}), exc.status_code, {REASON_HEADER: header_text(str(exc.detail))}
    )


def _no_route(path: str) -> str:
    reason = f"no route {quoted_name(path)}"
    if not path.startswith((API_PREFIX + "/", CONTROL_PREFIX + "/")):
        # The usual slip: a base URL without the API prefix.
        reason += f"; the API lives under {API_PREFIX} (base URL http://host:port{API_PREFIX})"
    return reason


Endpoint = Callable[[Request], Awaitable[Response]]


def _by_method(endpoints: dict[str, Endpoint]) -> Endpoint:
    async def dispatch(request: Request) -> Response:
        return await endpoints[request.method](request)

    return dispatch


def merge_routes(routes: Iterable[Route], prefix: str = "") -> list[Route]:
    """One route per path, so a 405 lists every allowed method in ``Allow``."""
    paths: dict[str, dict[str, Endpoint]] = {}
    for route in routes:
        methods = paths.setdefault(route.path, {})
        for method in route.methods or ():
            methods[method] = route.endpoint
    merged = []
    for path, endpoints in paths.items():
        endpoint = (
            next(iter(endpoints.values())) if len(set(endpoints.values())) == 1 else _by_method(endpoints)
        )
        merged.append(Route(prefix + path, endpoint, methods=list(endpoints)))
    return merged


def _api_routes(store: Store, invoices: InvoiceRoutes, payments: PaymentApi) -> list[Route]:
    # Hot paths first: the router tries routes in order.
    groups = (invoices, ImportRoutes(store), TicketRoutes(store), CompanyRoutes(store), payments)
    return merge_routes((route for group in groups for route in group.routes()), API_PREFIX)


def create_app(
    partners: Sequence[Partner] = (),
    *,
    state_path: str | None = None,
    notify_url: str | None = None,
    notify_interval: float = 600.0,
    faults: FaultConfig | None = None,
    sso_clock: Clock = utc_now,
    log_format: LogFormat | None = None,
    log_stream: TextIO | None = None,
) -> Starlette:
    """Build the mock server app; see the package docstring for the behaviour.

    ``sso_clock`` tells the treasurer SSO landing the time (tests freeze it); everything else
    reads the system clock. ``log_format`` (``"text"`` or ``"json"``) logs one line per request
    to ``log_stream`` (default: standard error); ``None`` logs nothing."""
    if notify_interval <= 0:
        raise ValueError("notify_interval must be positive")
    log = None if log_format is None else LogWriter(log_format, log_stream)
    store = open_store(state_path, partners)
    fault_state = FaultState(faults or FaultConfig())
    deliveries = DeliveryLog()
    notifier = Notifier(store, notify_url, notify_interval, deliveries)
    control = ControlRoutes(store, partners, notifier, fault_state)
    invoices = InvoiceRoutes(store)
    payment_desk = PaymentDesk(store)
    payment_notifier = PaymentNotifier(payment_desk, notify_url, deliveries)
    inspector = InspectorRoutes(Inspector(store, deliveries), SsoDesk(store, sso_clock))
    routes: list[BaseRoute] = [
        *_api_routes(store, invoices, PaymentApi(payment_desk)),
        *merge_routes(control.routes()),
        *merge_routes(PaymentControl(payment_desk, payment_notifier).routes()),
        *inspector.routes(),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(notifier.run_periodically()) if notify_url else None
        payment_task = (
            asyncio.create_task(payment_notifier.run_periodically(notify_interval)) if notify_url else None
        )
        try:
            yield
        finally:
            if task is not None:
                await notifier.stop(task)
            if payment_task is not None:
                await notifier.stop(payment_task)
            await payment_notifier.stop()
            if log is not None:
                log.flush()

    app = Starlette(
        routes=routes,
        middleware=[
            # Outermost, so faulted answers are logged too.
            *([Middleware(RequestLog, writer=log)] if log is not None else []),
            Middleware(FaultInjector, state=fault_state),
            Middleware(InvoiceFastPath, invoices=invoices),
        ],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, ClientDisconnect: _client_gone},
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    app.state.mock = MockContext(store, notifier, fault_state)
    return app
