"""The pytest plugin as a partner's suite meets it: each case runs a small test file with pytester,
the plugin loaded by its ``pytest11`` entry point (nothing here passes ``-p``)."""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["pytester"]

MAKE_INVOICE = """
def make_invoice(cc, company_id, number="2026-0001", cents=1000):
    batch = cc.imports.create(company_id=company_id, title="Fees")
    invoice = cc.invoices.create(
        import_id=batch.import_id,
        external_invoice_number=number,
        customer={"name": {"last_name": "Jansen"}, "email": {"email_address": "jansen@example.com"}},
        invoice_lines=[{"amount_cents": cents, "description": "Membership"}],
        amount_total_cents=cents,
    )
    return batch, invoice
"""


def run(pytester: pytest.Pytester, source: str, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_partner=MAKE_INVOICE + source)
    return pytester.runpytest("-p", "no:cacheprovider", "-rs", *args)


def test_a_test_using_the_fixtures_talks_to_a_served_mock(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
def test_it(clubcollect_mock, clubcollect_partner, clubcollect_client):
    assert clubcollect_mock.mode == "served"
    assert clubcollect_mock.base_url.startswith("http://127.0.0.1:")
    assert clubcollect_partner.base_url == clubcollect_mock.base_url
    assert clubcollect_mock.base_url.endswith("/api/v2")
    batch, invoice = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    assert clubcollect_client.invoices.get(invoice.invoice_id).amount_total_cents == 1000
    assert clubcollect_client.companies.get(clubcollect_partner.company_id).company_id == (
        clubcollect_partner.company_id
    )
""",
    )
    result.assert_outcomes(passed=1)


def test_each_test_gets_its_own_partner(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import pytest
from clubcollect_client import NotFoundError

SEEN = []

@pytest.mark.parametrize("turn", [1, 2, 3])
def test_isolated(turn, clubcollect_partner, clubcollect_client):
    batch, invoice = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    # Only this test's import is visible, whatever the earlier ones made.
    assert [item.import_id for item in clubcollect_client.imports.list(clubcollect_partner.company_id)] == [
        batch.import_id
    ]
    for key, company_id, invoice_id in SEEN:
        assert key != clubcollect_partner.api_key and company_id != clubcollect_partner.company_id
        with pytest.raises(NotFoundError):  # an earlier partner's invoice is out of reach
            clubcollect_client.invoices.get(invoice_id)
    SEEN.append((clubcollect_partner.api_key, clubcollect_partner.company_id, invoice.invoice_id))
""",
    )
    result.assert_outcomes(passed=3)


def test_the_key_is_in_no_repr_of_a_failure_report(pytester: pytest.Pytester) -> None:
    canary = "canary-" + "k" * 24
    pytester.makeconftest(
        f"""
import pytest

@pytest.fixture
def clubcollect_partner(clubcollect_mock):
    return clubcollect_mock.new_partner(api_key={canary!r})
"""
    )
    result = run(
        pytester,
        """
TAKEN = []

def test_fails_showing_everything(clubcollect_mock, clubcollect_partner, clubcollect_client):
    TAKEN.append(clubcollect_partner.api_key)
    batch, invoice = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    clubcollect_mock.simulate(invoice.invoice_id, "payments", amount_cents=1000, payment_method="ideal")
    notifications = clubcollect_mock.flush_notifications(clubcollect_partner)
    assert notifications[0].json()["api_key"] == clubcollect_partner.api_key  # the body does hold it
    everything = [clubcollect_mock, clubcollect_partner, clubcollect_client, notifications]
    assert everything == [], str(everything)

def test_fails_inside_a_helper_given_the_key(clubcollect_mock):
    clubcollect_mock.new_partner(api_key=TAKEN[0])  # the test above's key: the mock refuses it
""",
        "--showlocals",
    )
    result.assert_outcomes(failed=2)
    output = result.stdout.str()
    assert "MockPartner(company_id=" in output and "DeliveredNotification(kind='change'" in output
    assert "MockControlError: creating a partner: the mock answered 409" in output
    assert canary not in output


def test_vendor_events_arrive_as_notifications_for_their_partner_only(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
def test_notified(clubcollect_mock, clubcollect_partner, clubcollect_client):
    other = clubcollect_mock.new_partner()
    batch, invoice = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    clubcollect_mock.simulate(invoice.invoice_id, "payments", amount_cents=400, payment_method="ideal")
    assert invoice.invoice_id in clubcollect_mock.pending_notifications().invoice_ids
    assert clubcollect_mock.flush_notifications(other) == []
    [notification] = clubcollect_mock.flush_notifications(clubcollect_partner)
    parsed = clubcollect_client.notifications.parse(notification.body)
    assert list(parsed.invoice_ids) == [invoice.invoice_id] and list(parsed.import_ids) == [batch.import_id]
    assert invoice.invoice_id not in clubcollect_mock.pending_notifications().invoice_ids
    assert clubcollect_mock.flush_notifications(clubcollect_partner) == []  # delivered once
""",
    )
    result.assert_outcomes(passed=1)


CHECKOUT_AND_FAULTS = """
import pytest
from clubcollect_mock.harness import MockControlError
from clubcollect_client import InternalServerError
from clubcollect_client.models import PaymentResult

def test_checkout(clubcollect_mock, clubcollect_partner, clubcollect_client):
    url = clubcollect_client.payments.url(
        payment_method="ideal",
        company_id=clubcollect_partner.company_id,
        redirect_url="https://shop.example/back?order=7",
        amount_cents=2500,
        last_name="Jansen",
        payment_id="order-0000000007",
    )
    back = clubcollect_mock.complete_checkout(url, "refused")
    assert back.startswith("https://shop.example/back?order=7&")
    outcome = clubcollect_client.payments.verify_redirect(back)
    assert (outcome.payment_id, outcome.payment_result) == ("order-0000000007", PaymentResult.REFUSED)
    status = clubcollect_client.payments.get("order-0000000007", company_id=clubcollect_partner.company_id)
    assert status.payment_result == PaymentResult.REFUSED
    with pytest.raises(ValueError, match="outcome must be one of"):
        clubcollect_mock.complete_checkout(url, "paid")
    with pytest.raises(ValueError, match="not a payment link of this mock"):
        clubcollect_mock.complete_checkout(url.replace(clubcollect_mock.base_url, "https://app.clubcollect.com/api/v2"))
    again = clubcollect_mock.complete_checkout(url, "authorized")  # the same payment id again
    assert again.endswith("&error_code=unprocessable_entity&error_details=invalid_payment_id"), again

def test_a_refused_control_call_raises_with_the_mocks_answer(clubcollect_mock):
    with pytest.raises(MockControlError, match="404"):
        clubcollect_mock.simulate("0" * 40, "payments", amount_cents=100, payment_method="ideal")

def test_faults_last_for_the_block(clubcollect_mock, clubcollect_partner, clubcollect_client):
    batch, _ = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    with clubcollect_mock.faults(fail_next=3, fail_next_status=500) as faults:
        assert faults.fail_next == 3
        with pytest.raises(InternalServerError):  # a 500 is not retried
            clubcollect_client.imports.get(batch.import_id)
    assert clubcollect_mock.current_faults().fail_next == 0  # the two unused failures are gone
    assert clubcollect_client.imports.get(batch.import_id).import_id == batch.import_id
"""


def test_checkout_and_fault_helpers_on_a_served_mock(pytester: pytest.Pytester) -> None:
    run(pytester, CHECKOUT_AND_FAULTS).assert_outcomes(passed=3)


def test_the_in_process_mock_opens_no_socket(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError("the in-process mock used the network")

    for name in ("bind", "connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    result = run(
        pytester,
        CHECKOUT_AND_FAULTS
        + """
def test_in_process(clubcollect_mock, clubcollect_partner, clubcollect_client):
    assert clubcollect_mock.mode == "inprocess"
    assert clubcollect_partner.base_url == "http://clubcollect-mock.test/api/v2"
    batch, invoice = make_invoice(clubcollect_client, clubcollect_partner.company_id)
    clubcollect_mock.simulate(invoice.invoice_id, "payments", amount_cents=1000, payment_method="ideal")
    assert invoice.invoice_id in clubcollect_mock.pending_notifications().invoice_ids
    with pytest.raises(RuntimeError, match="--clubcollect-mock=served"):
        clubcollect_mock.flush_notifications(clubcollect_partner)
""",
        "--clubcollect-mock=inprocess",
    )
    result.assert_outcomes(passed=4)


def test_the_mode_can_come_from_the_ini_file(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nclubcollect_mock = inprocess\n")
    result = run(
        pytester, "def test_mode(clubcollect_mock):\n    assert clubcollect_mock.mode == 'inprocess'\n"
    )
    result.assert_outcomes(passed=1)


def test_a_wrong_mode_in_the_ini_file_stops_the_run(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nclubcollect_mock = sandbox\n")
    result = run(pytester, "def test_never_runs():\n    pass\n")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*expected served or inprocess, got 'sandbox'*"])


def test_without_the_client_the_client_fixture_skips_saying_why(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "clubcollect_client", None)  # import now fails as if not installed
    result = run(pytester, "def test_needs_client(clubcollect_client):\n    pass\n")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*needs clubcollect-client: pip install clubcollect-client*"])


def test_the_mock_readme_example_passes_as_written(pytester: pytest.Pytester) -> None:
    readme = (Path(__file__).resolve().parents[2] / "mock" / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    pytester.makepyfile(test_readme=example)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


ASYNC_CLIENT = """
import pytest
from clubcollect_client import AsyncClubCollect

@pytest.mark.anyio
async def test_async(clubcollect_mock, clubcollect_partner):
    async with AsyncClubCollect(
        api_key=clubcollect_partner.api_key,
        base_url=clubcollect_partner.base_url,
        transport=clubcollect_mock.async_transport(),
    ) as acc:
        batch = await acc.imports.create(company_id=clubcollect_partner.company_id, title="Fees")
        assert [item.import_id async for item in acc.imports.list(clubcollect_partner.company_id)] == [
            batch.import_id
        ]
"""


@pytest.mark.parametrize("mode", ["served", "inprocess"])
def test_an_async_client_reaches_the_mock_through_its_async_transport(
    pytester: pytest.Pytester, mode: str
) -> None:
    pytester.makeconftest("import pytest\n\n@pytest.fixture\ndef anyio_backend():\n    return 'asyncio'\n")
    run(pytester, ASYNC_CLIENT, f"--clubcollect-mock={mode}").assert_outcomes(passed=1)
