"""A running mock for a test suite, and what a test does with it: the pytest plugin's objects.

``served_mock()`` runs the mock on uvicorn in a thread on a free 127.0.0.1 port (real HTTP), with
a notification inbox on a second port as its notify URL; ``in_process_mock()`` runs it without
any socket (see :mod:`clubcollect_mock.inprocess`). Both give a :class:`ClubCollectMock`; every
helper on it speaks to the mock's ``/_mock/`` control API over the same path a client's requests
take. Usable without pytest::

    with served_mock() as mock:
        partner = mock.new_partner()
        ...  # ClubCollect(api_key=partner.api_key, base_url=partner.base_url)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import httpx

from clubcollect_mock.app import create_app
from clubcollect_mock.config import FaultConfig
from clubcollect_mock.faults import API_PREFIX
from clubcollect_mock.inbox import NOTIFY_PATH, DeliveredNotification, NotificationInbox
from clubcollect_mock.inprocess import AppLoop, AsyncInProcessTransport, InProcessTransport
from clubcollect_mock.testing import serve_in_thread

Mode = Literal["served", "inprocess"]
MODES: tuple[Mode, ...] = ("served", "inprocess")
# Never resolvable (RFC 6761): a request that misses the in-process transport fails at once.
IN_PROCESS_ROOT = "http://clubcollect-mock.test"
# Change notifications go out only when a test flushes them, not on a timer in between.
NOTIFY_INTERVAL = 3600.0
CHECKOUT_OUTCOMES = ("authorized", "cancelled", "pending", "refused", "error")
InvoiceEvent = Literal[
    "payments", "chargebacks", "fees", "donations", "messages", "customer-tickets", "payment-in-progress"
]


class MockControlError(Exception):
    """The mock refused a control call (a wrong helper argument, an unknown invoice...)."""

    def __init__(self, what: str, response: httpx.Response) -> None:
        reason = response.headers.get("x-mock-reason")
        detail = f"{response.status_code} {response.text[:500]}" + (f" ({reason})" if reason else "")
        super().__init__(f"{what}: the mock answered {detail}")
        self.status_code = response.status_code


@dataclass(frozen=True)
class MockPartner:
    """A partner account on the mock: its key, the id of the company it owns, and the API's base URL.

    The key is left out of the repr (and so of pytest's failure reports)."""

    api_key: str = field(repr=False)
    company_id: str
    base_url: str


@dataclass(frozen=True)
class PendingNotifications:
    """What the mock would deliver in its next round, for every partner (ids only, no keys)."""

    invoice_ids: tuple[str, ...]
    import_ids: tuple[str, ...]
    payments: tuple[dict[str, Any], ...]


class ClubCollectMock:
    """A running mock: ``base_url`` (ends in ``/api/v2``) and helpers over its control API."""

    def __init__(
        self,
        mode: Mode,
        root_url: str,
        control: httpx.Client,
        inbox: NotificationInbox | None,
        app_loop: AppLoop | None = None,
    ) -> None:
        self.mode: Mode = mode
        self.root_url = root_url
        self.base_url = root_url + API_PREFIX
        self._control = control
        self._inbox = inbox
        self._app_loop = app_loop

    def __repr__(self) -> str:
        return f"ClubCollectMock(mode={self.mode!r}, base_url={self.base_url!r})"

    # -- reaching the mock -------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """A new sync httpx transport that reaches this mock (give it to ``ClubCollect(transport=...)``,
        which keeps its retries on top, or to your own ``httpx.Client``)."""
        if self._app_loop is not None:
            return InProcessTransport(self._app_loop)
        return httpx.HTTPTransport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of :meth:`transport` (for ``AsyncClubCollect(transport=...)``)."""
        if self._app_loop is not None:
            return AsyncInProcessTransport(self._app_loop)
        return httpx.AsyncHTTPTransport()

    def _call(self, what: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        # pytest leaves frames marked so out of its reports: with --showlocals, this one's locals
        # would show a body that may hold a key.
        __tracebackhide__ = True
        response = self._control.request(method, path, json=body)
        if response.status_code != 200:
            raise MockControlError(what, response)
        return response.json()

    # -- partners ----------------------------------------------------------------------------

    def new_partner(self, *, api_key: str | None = None, company_id: str | None = None) -> MockPartner:
        """A new partner owning one new company (random key and id unless given)."""
        __tracebackhide__ = True  # its locals hold the key (see _call)
        body = {name: value for name, value in (("api_key", api_key), ("company_id", company_id)) if value}
        created = self._call("creating a partner", "POST", "/_mock/partners", body)
        return MockPartner(created["api_key"], created["company_id"], self.base_url)

    # -- vendor-side events ------------------------------------------------------------------

    def simulate(self, invoice_id: str, event: InvoiceEvent, **fields: Any) -> dict[str, Any]:
        """Something ClubCollect does on its side to an invoice, e.g. a payee paying::

            mock.simulate(invoice_id, "payments", amount_cents=500, payment_method="ideal")

        Returns the invoice as the mock now stores it. The change is queued as a notification.
        """
        answer: dict[str, Any] = self._call(
            f"simulating {event} on invoice {invoice_id}",
            "POST",
            f"/_mock/invoices/{invoice_id}/{event}",
            fields,
        )
        return answer

    def complete_checkout(self, payment_url: str, outcome: str = "authorized") -> str:
        """Follow a start-payment link as the payee's browser would, pick ``outcome`` on the checkout
        page, and return the signed URL the browser is sent back to (the partner's ``redirect_url``
        with the result). A link the mock refuses returns the redirect that carries the refusal."""
        if outcome not in CHECKOUT_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(CHECKOUT_OUTCOMES)}, not {outcome!r}")
        if not payment_url.startswith(f"{self.base_url}/payments/"):
            raise ValueError(f"not a payment link of this mock (expected {self.base_url}/payments/...)")
        start = self._control.get(payment_url)
        if start.status_code != 302:
            raise MockControlError("starting the payment", start)
        checkout = start.headers["location"]
        if not checkout.startswith(f"{self.root_url}/_mock/checkout/"):
            return str(checkout)  # refused: the browser lands back at the partner with the reasons
        page = self._control.get(checkout)
        if page.status_code != 200:
            raise MockControlError("opening the checkout page", page)
        choice = self._control.post(checkout, data={"payment_result": outcome})
        if choice.status_code != 303:
            raise MockControlError(f"choosing {outcome!r} on the checkout page", choice)
        return str(choice.headers["location"])

    # -- notifications -----------------------------------------------------------------------

    def pending_notifications(self) -> PendingNotifications:
        """What waits to be delivered, for all partners of this mock (check for your own ids)."""
        changes = self._call("reading pending notifications", "GET", "/_mock/notifications")
        payments = self._call("reading pending payment notifications", "GET", "/_mock/payments/notifications")
        return PendingNotifications(
            tuple(changes["invoice_ids"]), tuple(changes["import_ids"]), tuple(payments)
        )

    def flush_notifications(self, partner: MockPartner | None = None) -> list[DeliveredNotification]:
        """Deliver every pending notification now and return those received for ``partner`` (for
        every partner when None) since the last call, change notifications before payment ones.

        Needs the served mode: delivery is an HTTP POST from the mock to a notify URL."""
        if self._inbox is None:
            raise RuntimeError(
                "notification delivery needs a served mock (it POSTs to a URL); run pytest with "
                "--clubcollect-mock=served, or read pending_notifications() instead"
            )
        self._call("delivering change notifications", "POST", "/_mock/notifications/flush")
        self._call("delivering payment notifications", "POST", "/_mock/payments/notifications/flush")
        received = self._inbox.take(partner.api_key if partner is not None else None)
        return sorted(received, key=lambda item: item.kind != "change")

    # -- faults ------------------------------------------------------------------------------

    def current_faults(self) -> FaultConfig:
        return FaultConfig(**self._call("reading the faults", "GET", "/_mock/faults"))

    @contextmanager
    def faults(
        self,
        *,
        latency_ms: int | None = None,
        error_rate: float | None = None,
        error_status: int | None = None,
        throttle_rate: float | None = None,
        retry_after: int | None = None,
        fail_next: int | None = None,
        fail_next_status: int | None = None,
    ) -> Iterator[FaultConfig]:
        """Faults for the ``with`` block (API calls only, for every partner of this mock), then the
        ones before it again::

            with mock.faults(fail_next=1, fail_next_status=503):
                ...  # the next API request answers 503
        """
        given = {
            "latency_ms": latency_ms,
            "error_rate": error_rate,
            "error_status": error_status,
            "throttle_rate": throttle_rate,
            "retry_after": retry_after,
            "fail_next": fail_next,
            "fail_next_status": fail_next_status,
        }
        before = self.current_faults()
        changes = {name: value for name, value in given.items() if value is not None}
        now = FaultConfig(**self._call("setting faults", "PUT", "/_mock/faults", changes))
        try:
            yield now
        finally:
            self._call("restoring faults", "PUT", "/_mock/faults", asdict(before))


@contextmanager
def served_mock() -> Iterator[ClubCollectMock]:
    """The mock on uvicorn in a background thread (real HTTP on 127.0.0.1), with a notification inbox."""
    inbox = NotificationInbox()
    with ExitStack() as stack:
        inbox_root = stack.enter_context(serve_in_thread(inbox.app()))
        app = create_app(notify_url=inbox_root + NOTIFY_PATH, notify_interval=NOTIFY_INTERVAL)
        root = stack.enter_context(serve_in_thread(app))
        control = stack.enter_context(httpx.Client(base_url=root, trust_env=False, timeout=30))
        yield ClubCollectMock("served", root, control, inbox)


@contextmanager
def in_process_mock() -> Iterator[ClubCollectMock]:
    """The mock with no socket at all: its app on an event loop thread, reached through transports."""
    with AppLoop(create_app()) as app_loop:
        transport = InProcessTransport(app_loop)
        with httpx.Client(transport=transport, base_url=IN_PROCESS_ROOT, timeout=30) as control:
            yield ClubCollectMock("inprocess", IN_PROCESS_ROOT, control, None, app_loop)


def start_mock(mode: str) -> AbstractContextManager[ClubCollectMock]:
    """``served_mock()`` or ``in_process_mock()`` by name."""
    if mode not in MODES:
        raise ValueError(f"the mock's mode is served or inprocess, not {mode!r}")
    return served_mock() if mode == "served" else in_process_mock()
