"""The HTML inspector at /_mock/, over real HTTP: what it shows, what it hides, and that it only reads."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.inspector import state
from clubcollect_mock.testing import serve_in_thread

from .conftest import client, invoice_body
from .page_reader import element_text, tags_on
from .payment_helpers import checkout, start, start_params
from .receiver import Receiver, receiving

pytestmark = pytest.mark.mock_control
KEY_A = "canary-a-" + secrets.token_hex(16)
KEY_B = "canary-b-" + secrets.token_hex(16)
SSO_SALT = "canary-salt-" + secrets.token_hex(8)
SSO_KEY = "canary-sso-" + secrets.token_hex(8)
COMPANY_A, COMPANY_B = secrets.token_hex(20), secrets.token_hex(20)
SECRETS = (KEY_A, KEY_B, SSO_SALT, SSO_KEY)
SCRIPT = "<script>alert('x')</script>"


class Mock:
    def __init__(self, root: str, receiver: Receiver) -> None:
        self.root = root
        self.receiver = receiver
        self.web = client(root)
        self.control = client(root + "/_mock")
        self.a = client(root + "/api/v2", Authorization=f"ApiKey {KEY_A}")
        self.b = client(root + "/api/v2", Authorization=f"ApiKey {KEY_B}")

    def close(self) -> None:
        for made in (self.web, self.control, self.a, self.b):
            made.close()

    def page(self, path: str, status: int = 200) -> str:
        response = self.web.get(path)
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("text/html")
        text = response.text
        for secret in SECRETS:
            assert secret not in text
        return text

    def invoice(self, api: httpx.Client, company_id: str, **extra: Any) -> dict[str, Any]:
        import_id = api.post("/imports", json={"company_id": company_id, "title": "Fees 2026"}).json()[
            "import_id"
        ]
        response = api.post("/invoices", json=invoice_body(import_id, **extra))
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


@pytest.fixture(scope="module")
def served() -> Iterator[Mock]:
    partners = [Partner(KEY_A, COMPANY_A, SSO_SALT, SSO_KEY), Partner(KEY_B, COMPANY_B)]
    with receiving() as receiver, serve_in_thread(create_app(partners, notify_url=receiver.url)) as root:
        made = Mock(root, receiver)
        yield made
        made.close()


@pytest.fixture
def mock(served: Mock) -> Mock:
    served.control.post("/reset").raise_for_status()
    served.receiver.statuses.clear()
    served.receiver.bodies.clear()
    return served


def test_overview_lists_partners_by_company_with_masked_keys(mock: Mock) -> None:
    page = mock.page("/_mock/")
    partners = element_text(page, "partners")
    assert COMPANY_A in partners and COMPANY_B in partners
    assert "Demo Sports Club" in partners
    # The last four characters of each key, no more; SSO only as "set up" or not.
    assert f"\u2022\u2022\u2022\u2022{KEY_A[-4:]}" in partners and KEY_A[:-4] not in page
    assert f"\u2022\u2022\u2022\u2022{KEY_B[-4:]}" in partners
    assert "set up" in partners and "not set up" in partners
    assert f'href="/_mock/companies/{COMPANY_A}"' in page


def test_a_short_key_is_masked_completely() -> None:
    assert state.mask_key("abc") == "\u2022\u2022\u2022\u2022 (3 characters)"
    assert state.mask_key("0123456789abcdef") == "\u2022\u2022\u2022\u2022cdef (16 characters)"
    assert state.mask_key("0123456") == "\u2022\u2022\u2022\u20226 (7 characters)"


def test_markup_from_the_api_is_shown_as_text(mock: Mock) -> None:
    customer = {
        "name": {"first_name": SCRIPT, "last_name": "<b>Doe</b>"},
        "email": {"email_address": "j@example.com"},
    }
    invoice = mock.invoice(mock.a, COMPANY_A, customer=customer, external_invoice_number="<i>X-1</i>")
    message = {"message": "<img src=x onerror=alert(1)>"}
    assert (
        mock.control.post(f"/invoices/{invoice['invoice_id']}/customer-tickets", json=message).status_code
        == 200
    )
    for path in (f"/_mock/companies/{COMPANY_A}", f"/_mock/invoices/{invoice['invoice_id']}"):
        page = mock.page(path)
        assert SCRIPT not in page and "<b>Doe" not in page and "<img" not in page and "<i>X-1" not in page
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
        assert {"script", "img", "b", "i", "form", "iframe"}.isdisjoint(tags_on(page))
    company = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert f"{SCRIPT} <b>Doe</b>" in element_text(company, f"invoices-{invoice['import_id']}")
    assert "<img src=x onerror=alert(1)>" in element_text(company, "tickets")


def test_pages_forbid_scripts_and_framing(mock: Mock) -> None:
    response = mock.web.get("/_mock/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["referrer-policy"] == "no-referrer"


def test_company_page_shows_only_that_company(mock: Mock) -> None:
    mine = mock.invoice(mock.a, COMPANY_A, external_invoice_number="A-0001")
    theirs = mock.invoice(mock.b, COMPANY_B, external_invoice_number="B-0001")
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    imports = element_text(page, "imports")
    assert "A-0001" in imports and mine["import_id"] in imports
    assert "B-0001" not in page and theirs["import_id"] not in page and theirs["invoice_id"] not in page
    assert element_text(page, "company-facts").startswith(f"company id {COMPANY_A}")
    other = mock.page(f"/_mock/companies/{COMPANY_B}")
    assert "B-0001" in other and "A-0001" not in other


def test_invoice_page_shows_lines_and_the_amount_due(mock: Mock) -> None:
    invoice = mock.invoice(mock.a, COMPANY_A, amounts=(10000, -1000))
    paid = {"amount_cents": 4000, "payment_method": "ideal"}
    assert mock.control.post(f"/invoices/{invoice['invoice_id']}/payments", json=paid).status_code == 200
    page = mock.page(f"/_mock/invoices/{invoice['invoice_id']}")
    assert element_text(page, "amount-due") == "EUR 50.00"
    lines = element_text(page, "lines")
    assert "INVOICE-LINE" in lines and "CREDIT-LINE" in lines and "PAYMENT" in lines
    assert "EUR 100.00" in lines and "EUR -10.00" in lines and "EUR -40.00" in lines and "ideal" in lines
    assert f'href="/_mock/companies/{COMPANY_A}"' in page
    company = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert "EUR 50.00" in element_text(company, f"invoices-{invoice['import_id']}")
    assert f'href="/_mock/invoices/{invoice["invoice_id"]}"' in company


def test_tickets_and_payments_are_listed(mock: Mock) -> None:
    invoice = mock.invoice(mock.a, COMPANY_A)
    ticket = {"message": "Why twice?"}
    mock.control.post(f"/invoices/{invoice['invoice_id']}/customer-tickets", json=ticket).raise_for_status()
    location = start(mock.a, "ideal", start_params(COMPANY_A, KEY_A, payment_id="pay-0000000001")).headers[
        "location"
    ]
    assert checkout(mock.a, location, "authorized").status_code == 303
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert "unanswered CUSTOMER" in element_text(page, "tickets") and "Why twice?" in page
    payments = element_text(page, "payments")
    assert "pay-0000000001" in payments and "authorized" in payments and "EUR 25.00" in payments
    assert "Why twice?" in element_text(
        mock.page(f"/_mock/invoices/{invoice['invoice_id']}"), "invoice-tickets"
    )


def test_pending_then_delivered_notifications(mock: Mock) -> None:
    invoice = mock.invoice(mock.a, COMPANY_A)
    invoice_id = invoice["invoice_id"]
    mock.control.post(f"/invoices/{invoice_id}/fees", json={"amount_cents": 500, "kind": "late_payment"})
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert invoice_id in element_text(page, "pending")
    assert "1 change notification(s)" in element_text(mock.page("/_mock/"), "pending-counts")
    assert invoice_id not in element_text(mock.page(f"/_mock/companies/{COMPANY_B}"), "pending")

    mock.receiver.statuses.append(500)  # the first round fails, the second is confirmed
    mock.control.post("/notifications/flush").raise_for_status()
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert invoice_id in element_text(page, "pending")
    assert "not delivered (500)" in element_text(page, "deliveries")
    mock.control.post("/notifications/flush").raise_for_status()
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    assert invoice_id not in element_text(page, "pending")
    deliveries = element_text(page, "deliveries")
    assert deliveries.index("delivered (200)") < deliveries.index("not delivered (500)")  # newest first
    assert "delivered (200)" in element_text(mock.page("/_mock/"), "deliveries")
    assert "not delivered" not in element_text(mock.page(f"/_mock/companies/{COMPANY_B}"), "notifications")

    mock.control.post("/reset").raise_for_status()
    assert element_text(mock.page("/_mock/"), "deliveries") == "None."


def test_payment_notifications_are_shown_per_company(mock: Mock) -> None:
    mock.receiver.statuses.extend([503, 503])  # the round the checkout starts, and the flush below
    location = start(mock.a, "ideal", start_params(COMPANY_A, KEY_A, payment_id="pay-0000000002")).headers[
        "location"
    ]
    checkout(mock.a, location, "refused")
    mock.control.post("/payments/notifications/flush").raise_for_status()  # waits for the background round
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    pending, deliveries = element_text(page, "pending"), element_text(page, "deliveries")
    assert "payment pay-0000000002 refused" in pending
    assert "payment pay-0000000002" in deliveries and "not delivered (503)" in deliveries
    assert "pay-0000000002" not in mock.page(f"/_mock/companies/{COMPANY_B}")


def test_viewing_changes_nothing(mock: Mock) -> None:
    invoice = mock.invoice(mock.a, COMPANY_A)
    mock.control.post(f"/invoices/{invoice['invoice_id']}/donations", json={"amount_cents": 100})
    before = (
        mock.control.get("/notifications").json(),
        mock.a.get(f"/invoices/{invoice['invoice_id']}").json(),
    )
    for path in ("/_mock/", f"/_mock/companies/{COMPANY_A}", f"/_mock/invoices/{invoice['invoice_id']}"):
        mock.page(path)
    after = (
        mock.control.get("/notifications").json(),
        mock.a.get(f"/invoices/{invoice['invoice_id']}").json(),
    )
    assert after == before
    assert mock.receiver.bodies == []


def test_unknown_ids_get_an_html_404(mock: Mock) -> None:
    for path in (
        f"/_mock/companies/{secrets.token_hex(20)}",
        "/_mock/companies/not-an-id",
        f"/_mock/invoices/{secrets.token_hex(20)}",
        "/_mock/invoices/%3Cscript%3E",
    ):
        page = mock.page(path, 404)
        assert "No " in element_text(page, "message") and "<script>" not in page


def test_bare_mock_path_redirects_to_the_overview(mock: Mock) -> None:
    response = mock.web.get("/_mock")
    assert response.status_code == 308 and response.headers["location"] == "/_mock/"
    assert mock.web.post("/_mock/").status_code == 405


def test_a_long_import_is_cut_with_a_count(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "MAX_INVOICES_PER_IMPORT", 2)
    invoice = mock.invoice(mock.a, COMPANY_A, external_invoice_number="N-1")
    made = []
    for number in ("N-2", "N-3"):
        body = invoice_body(invoice["import_id"], external_invoice_number=number)
        made.append(mock.a.post("/invoices", json=body).json())
    last = made[-1]["invoice_id"]
    mock.control.post(f"/invoices/{last}/fees", json={"amount_cents": 100, "kind": "installment"})
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    block = element_text(page, f"import-{invoice['import_id']}")
    assert "N-1" in block and "N-2" in block and "N-3" not in block
    assert "1 more invoices not shown." in block
    # An invoice past the cut still shows among the company's pending notifications.
    assert last in element_text(page, "pending")
    assert last not in element_text(mock.page(f"/_mock/companies/{COMPANY_B}"), "pending")


def test_a_company_with_many_imports_shows_the_newest(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "MAX_IMPORTS", 2)
    made = [
        mock.a.post("/imports", json={"company_id": COMPANY_A, "title": f"Batch {n}"}).json()
        for n in range(3)
    ]
    page = mock.page(f"/_mock/companies/{COMPANY_A}")
    imports = element_text(page, "imports")
    assert "Batch 0" not in imports and "Batch 1" in imports and "Batch 2" in imports
    assert imports.index("Batch 1") < imports.index("Batch 2")
    assert "1 earlier imports not shown." in imports
    assert made[0]["import_id"] not in page


def test_an_invoice_lists_the_payments_made_for_it(mock: Mock) -> None:
    invoice = mock.invoice(mock.a, COMPANY_A, amounts=(5000,))
    # With invoice_id and no amount, the payment is for the invoice's amount due.
    link = {"payment_id": "pay-0000000003", "invoice_id": invoice["invoice_id"], "amount_cents": None}
    params = start_params(COMPANY_A, KEY_A, last_name=None, **link)
    location = start(mock.a, "bancontact", params).headers["location"]
    checkout(mock.a, location, "pending")
    page = mock.page(f"/_mock/invoices/{invoice['invoice_id']}")
    payments = element_text(page, "payments")
    assert "pay-0000000003" in payments and "bancontact" in payments and "pending" in payments
    assert "EUR 50.00" in payments


def test_many_tickets_show_the_newest(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "MAX_ROWS", 1)
    invoice = mock.invoice(mock.a, COMPANY_A)
    for message in ("first question", "second question"):
        path = f"/invoices/{invoice['invoice_id']}/customer-tickets"
        mock.control.post(path, json={"message": message}).raise_for_status()
    section = element_text(mock.page(f"/_mock/companies/{COMPANY_A}"), "tickets-section")
    assert "second question" in section and "first question" not in section
    assert "1 older tickets not shown." in section
