"""A new user's code against the facade: it passes ``mypy --strict`` without narrowing, and it works.

The README's example and a realistic integration (``integration/fee_run.py`` and its async twin:
an import, invoices, a handled validation error, lines after a simulated payment, a notification,
credit-and-retract, both list helpers) are type-checked with no ``cast``, ``isinstance`` or
``assert`` in them, then run against the mock over real HTTP.
"""

from __future__ import annotations

import ast
import asyncio
import json
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from clubcollect_client import AsyncClubCollect, ClubCollect
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread
from tests.client.integration import fee_run, fee_run_async
from tests.client.integration.fee_run import Member
from tests.mock.receiver import Receiver, receiving
from tests.test_readme import facade_example

ROOT = Path(__file__).parents[2]
INTEGRATION = Path(__file__).parent / "integration"
MEMBERS = [
    Member("1001", "Jansen", "jansen@example.com", 12_500),
    Member("1002", "de Vries", "devries@example.com", 12_500, discount_cents=2_500),
    Member("1003", "Bakker", "", 9_000),  # no way to reach her: ClubCollect refuses the invoice
]


def typed_sources(tmp_path: Path) -> list[Path]:
    readme = tmp_path / "readme_example.py"
    readme.write_text(facade_example(), encoding="utf-8")
    return [readme, *sorted(INTEGRATION.glob("*.py"))]


def test_the_code_uses_no_narrowing(tmp_path: Path) -> None:
    for path in typed_sources(tmp_path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            assert not isinstance(node, ast.Assert), f"{path.name}:{node.lineno}: assert"
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                assert name not in {"cast", "isinstance", "type"}, f"{path.name}:{node.lineno}: {name}()"
        assert "type: ignore" not in path.read_text(encoding="utf-8")


def test_the_code_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, typed_sources(tmp_path))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- running it ----------------------------------------------------------------------------


@dataclass
class Mock:
    api_url: str
    root: str
    api_key: str
    company_id: str
    receiver: Receiver

    def pay(self, invoice_id: str, cents: int) -> None:
        url = f"{self.root}/_mock/invoices/{invoice_id}/payments"
        httpx.post(url, json={"amount_cents": cents, "payment_method": "ideal"}).raise_for_status()

    def customer_asks(self, invoice_id: str, message: str) -> None:
        url = f"{self.root}/_mock/invoices/{invoice_id}/customer-tickets"
        httpx.post(url, json={"message": message}).raise_for_status()

    def notification(self) -> bytes:
        """Deliver pending notifications to the receiver; the body ClubCollect POSTed, as bytes."""
        count = len(self.receiver.bodies)
        httpx.post(f"{self.root}/_mock/notifications/flush").raise_for_status()
        assert len(self.receiver.bodies) == count + 1
        return json.dumps(self.receiver.bodies[-1]).encode()


@pytest.fixture
def mock() -> Iterator[Mock]:
    api_key, company_id = secrets.token_hex(20), secrets.token_hex(20)
    with receiving() as receiver:
        app = create_app([Partner(api_key=api_key, company_id=company_id)], notify_url=receiver.url)
        with serve_in_thread(app) as root:
            yield Mock(f"{root}/api/v2", root, api_key, company_id, receiver)


def test_the_fee_run_against_the_mock(mock: Mock) -> None:
    with ClubCollect(api_key=mock.api_key, base_url=mock.api_url) as cc:
        run = fee_run.open_fee_run(cc, mock.company_id, "2026", MEMBERS)
        assert run.refused == {"1003": "invalid_customer_email"}
        assert set(run.invoice_ids) == {"1001", "1002"}
        assert fee_run.send_off(cc, run) is True

        jansen, de_vries = run.invoice_ids["1001"], run.invoice_ids["1002"]
        assert fee_run.outstanding_cents(cc, de_vries) == 10_000
        mock.pay(jansen, 12_500)
        assert fee_run.handle_notification(cc, mock.notification()) == {jansen: 0}
        assert fee_run.paid_cents(cc, jansen) == 12_500

        assert fee_run.cancel_membership(cc, de_vries, "moved away") is True
        assert fee_run.outstanding_cents(cc, de_vries) == 0

        for season in ("2027", "2028"):
            fee_run.open_fee_run(cc, mock.company_id, season, MEMBERS[:1])
        assert fee_run.season_titles(cc, mock.company_id) == ["Fees 2026", "Fees 2027", "Fees 2028"]

        mock.customer_asks(jansen, "Why was I charged twice?")
        mock.customer_asks(jansen, "Hello?")
        assert fee_run.answer_open_questions(cc, mock.company_id, "You were charged once.") == [jansen]
        assert fee_run.thread_of(cc, jansen)[-1] == "COMPANY: You were charged once."
        assert fee_run.answer_open_questions(cc, mock.company_id, "again") == []


def test_the_async_fee_run_against_the_mock(mock: Mock) -> None:
    async def scenario() -> None:
        async with AsyncClubCollect(api_key=mock.api_key, base_url=mock.api_url) as acc:
            run = await fee_run_async.open_fee_run(acc, mock.company_id, "2026", MEMBERS)
            assert run.refused == {"1003": "invalid_customer_email"}
            jansen, de_vries = run.invoice_ids["1001"], run.invoice_ids["1002"]
            mock.pay(jansen, 5_000)
            outstanding = await fee_run_async.handle_notification(acc, mock.notification())
            assert outstanding == {jansen: 7_500}
            assert await fee_run_async.cancel_membership(acc, jansen, "paid in cash") is True

            mock.customer_asks(de_vries, "Discount?")
            assert await fee_run_async.first_page_of_questions(acc, mock.company_id) == (1, 1, False)
            assert await fee_run_async.answer_open_questions(acc, mock.company_id, "Yes.") == [de_vries]

            spare = await fee_run_async.open_fee_run(acc, mock.company_id, "spare", MEMBERS[1:2])
            titles = await fee_run_async.season_titles(acc, mock.company_id)
            assert titles == ["Fees 2026", "Fees spare"]
            assert await fee_run_async.forget(acc, spare.import_id, list(spare.invoice_ids.values())) is True

    asyncio.run(scenario())
