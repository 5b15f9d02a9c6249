"""The inspector and the treasurer SSO link as a person sees them, in a real headless chromium.

The mock is served by uvicorn on a free port. Data goes in through the API and the /_mock/
controls; the browser then walks overview -> company -> invoice by clicking links, follows an SSO
link built by the client library, and is refused on a wrong one. Each step leaves a screenshot in
reports/browser/ (next to the contract reports; the path is printed and recorded in the JUnit XML).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clubcollect_client.payments import treasurer_sso_url
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread

from .chromium import chromium

pytestmark = [pytest.mark.browser, pytest.mark.mock_control]
KEY = "canary-" + secrets.token_hex(16)
SALT = "canary-salt-" + secrets.token_hex(8)
SSO_KEY = "canary-sso-" + secrets.token_hex(8)
COMPANY = secrets.token_hex(20)
CUSTOMER = "<script>document.title='hacked'</script>"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "browser"


@pytest.fixture(scope="module")
def mock_root() -> Iterator[str]:
    with serve_in_thread(create_app([Partner(KEY, COMPANY, SALT, SSO_KEY)])) as root:
        yield root


@pytest.fixture(scope="module")
def invoice_id(mock_root: str) -> str:
    """One invoice of EUR 125.00 with a payment of EUR 25.00 and a customer ticket."""
    headers = {"Authorization": f"ApiKey {KEY}"}
    with httpx.Client(base_url=mock_root, headers=headers, trust_env=False, timeout=10) as http:
        import_id = http.post("/api/v2/imports", json={"company_id": COMPANY, "title": "Season 2026"}).json()[
            "import_id"
        ]
        body = {
            "import_id": import_id,
            "external_invoice_number": "2026-0042",
            "customer": {"name": {"last_name": CUSTOMER}, "email": {"email_address": "jansen@example.com"}},
            "invoice_lines": [{"amount_cents": 12_500, "description": "Membership 2026"}],
            "amount_total_cents": 12_500,
        }
        made = http.post("/api/v2/invoices", json=body)
        assert made.status_code == 200, made.text
        invoice: str = made.json()["invoice_id"]
        payment = {"amount_cents": 2_500, "payment_method": "ideal"}
        http.post(f"/_mock/invoices/{invoice}/payments", json=payment).raise_for_status()
        ticket = {"message": "Can I pay in two parts?"}
        http.post(f"/_mock/invoices/{invoice}/customer-tickets", json=ticket).raise_for_status()
    return invoice


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium() as made:
        yield made


@pytest.fixture
def screenshot(driver: Any, record_property: Callable[[str, object], None]) -> Callable[[str], Path]:
    def save(name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.set_window_size(1280, 1400)
        path = SCREENSHOTS / f"{name}.png"
        assert driver.save_screenshot(str(path)), f"chromium could not write {path}"
        assert path.stat().st_size > 1000
        print(f"screenshot: {path}")
        record_property(f"screenshot-{name}", str(path))
        return path

    return save


def _text(driver: Any, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, element_id).text)


def _no_secrets(driver: Any) -> None:
    source = driver.page_source
    assert KEY not in source and SALT not in source and SSO_KEY not in source


def test_walk_from_the_overview_to_an_invoice(
    mock_root: str, invoice_id: str, driver: Any, screenshot: Callable[[str], Path]
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{mock_root}/_mock/")
    assert driver.title == "Mock inspector"
    partners = _text(driver, "partners")
    assert COMPANY in partners and "Demo Sports Club" in partners
    assert f"\u2022\u2022\u2022\u2022{KEY[-4:]}" in partners and "set up" in partners
    _no_secrets(driver)
    screenshot("inspector-overview")

    driver.find_element(By.LINK_TEXT, COMPANY).click()
    assert driver.current_url == f"{mock_root}/_mock/companies/{COMPANY}"
    assert driver.title == "Company Demo Sports Club"
    imports = _text(driver, "imports")
    # The customer's name is shown as the characters it is made of, and nothing ran.
    assert CUSTOMER in imports and "Season 2026" in imports and "EUR 100.00" in imports
    assert "Can I pay in two parts?" in _text(driver, "tickets")
    _no_secrets(driver)
    screenshot("inspector-company")

    driver.find_element(By.LINK_TEXT, "open").click()
    assert driver.current_url == f"{mock_root}/_mock/invoices/{invoice_id}"
    assert driver.title.startswith("Invoice ") and "2026-0042" in _text(driver, "invoice-facts")
    assert _text(driver, "amount-due") == "EUR 100.00"
    lines = _text(driver, "lines")
    assert "Membership 2026" in lines and "EUR 125.00" in lines and "EUR -25.00" in lines
    screenshot("inspector-invoice")


def test_the_sso_link_lands_on_the_company_page(
    mock_root: str, invoice_id: str, driver: Any, screenshot: Callable[[str], Path]
) -> None:
    # Dated by the client's default (today in the Netherlands); the mock checks against UTC.
    link = treasurer_sso_url(COMPANY, salt=SALT, key=SSO_KEY, base_url=f"{mock_root}/api/v2")
    driver.get(link)
    assert driver.title == "Company Demo Sports Club"
    assert "Signed in through the treasurer SSO link" in _text(driver, "sso-banner")
    assert CUSTOMER in _text(driver, "imports")
    _no_secrets(driver)
    screenshot("sso-landing")


def test_a_wrong_sso_link_is_refused_with_a_page(
    mock_root: str, driver: Any, screenshot: Callable[[str], Path]
) -> None:
    link = treasurer_sso_url(COMPANY, salt=SALT, key="not-" + SSO_KEY, base_url=f"{mock_root}/api/v2")
    driver.get(link)
    assert driver.title == "Invalid SSO signature"
    assert "does not match" in _text(driver, "message")
    _no_secrets(driver)
    screenshot("sso-refused")
