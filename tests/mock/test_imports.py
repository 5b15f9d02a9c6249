"""Import endpoints (import page; DECISIONS A10, A11, A15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import COMPANY_ID, invoice_body

UNKNOWN = "0" * 40
IMPORT_FIELDS = {
    "import_id",
    "company_id",
    "title",
    "transmitted",
    "transmitted_at",
    "expected_invoices_count",
    "prepaid_amount_cents",
    "prepaid_amount_currency",
    "settled_amount_cents",
    "settled_amount_currency",
    "invoice_ids",
}


def test_create_answers_an_open_empty_import(api: httpx.Client) -> None:
    response = api.post("/imports", json={"company_id": COMPANY_ID, "expected_invoices_count": 3})
    assert response.status_code == 200
    made = response.json()
    assert set(made) == IMPORT_FIELDS
    assert made["company_id"] == COMPANY_ID
    assert made["title"] is None
    assert made["transmitted"] is False
    assert made["transmitted_at"] is None
    assert made["expected_invoices_count"] == 3
    assert made["invoice_ids"] == []
    assert (made["prepaid_amount_cents"], made["prepaid_amount_currency"]) == (0, "EUR")
    assert api.get(f"/imports/{made['import_id']}").json() == made


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "invalid_company_id"),
        ({"company_id": UNKNOWN}, "invalid_company_id"),
        ({"company_id": 7}, "invalid_company_id"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": ""}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "-1"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "+3"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": " 3"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "3.0"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "three"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "\uff13"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "2147483648"}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": "9" * 5000}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": [3]}, "invalid_request"),
        ({"company_id": None, "title": "Fees"}, "invalid_company_id"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": True}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": -1}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": 2**31}, "invalid_request"),
        ({"company_id": COMPANY_ID, "expected_invoices_count": 1.5}, "invalid_request"),
        ({"company_id": COMPANY_ID, "title": 5}, "invalid_request"),
        ({"company_id": COMPANY_ID, "titel": "typo"}, "invalid_request"),
    ],
)
def test_create_refuses_bad_bodies(api: httpx.Client, body: dict[str, Any], code: str) -> None:
    response = api.post("/imports", json=body)
    assert (response.status_code, response.json()) == (422, {"error": code})
    assert api.get(f"/companies/{COMPANY_ID}/imports").json()["page"]["total_entries"] == 0


def test_an_empty_title_is_kept_as_given(api: httpx.Client) -> None:
    # The spec sets no minimum length on an optional text: "" is a title, unlike null (none given).
    response = api.post("/imports", json={"company_id": COMPANY_ID, "title": ""})
    assert response.status_code == 200, response.text
    assert api.get(f"/imports/{response.json()['import_id']}").json()["title"] == ""


def test_show_lists_invoice_ids_in_creation_order(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], new_invoice: Callable[..., dict[str, Any]]
) -> None:
    import_id = new_import()["import_id"]
    ids = [new_invoice(import_id)["invoice_id"] for _ in range(3)]
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == ids


def test_show_unknown_uses_plural_key(api: httpx.Client) -> None:
    response = api.get(f"/imports/{UNKNOWN}")
    assert (response.status_code, response.json()) == (404, {"errors": "invalid_import_id"})


def test_update_expected_count(api: httpx.Client, new_import: Callable[..., dict[str, Any]]) -> None:
    import_id = new_import()["import_id"]
    response = api.put(f"/imports/{import_id}", json={"expected_invoices_count": 12})
    assert response.status_code == 200
    assert response.json()["expected_invoices_count"] == 12
    assert api.get(f"/imports/{import_id}").json()["expected_invoices_count"] == 12


def test_update_refuses_other_fields(api: httpx.Client, new_import: Callable[..., dict[str, Any]]) -> None:
    import_id = new_import()["import_id"]
    response = api.put(f"/imports/{import_id}", json={"title": "new"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/imports/{import_id}").json()["title"] == "Fees"


def test_update_unknown_is_404(api: httpx.Client) -> None:
    response = api.put(f"/imports/{UNKNOWN}", json={"expected_invoices_count": 1})
    assert (response.status_code, response.json()) == (404, {"error": "invalid_import_id"})


def test_transmit_closes_the_import(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], new_invoice: Callable[..., dict[str, Any]]
) -> None:
    import_id = new_import()["import_id"]
    invoice_id = new_invoice(import_id)["invoice_id"]
    response = api.put(f"/imports/{import_id}/transmit")
    assert response.status_code == 200
    shown = api.get(f"/imports/{import_id}").json()
    assert response.json() == shown
    assert shown["transmitted"] is True
    assert shown["transmitted_at"].endswith("+00:00")
    already = {"error": "import_already_transmitted"}
    again = api.put(f"/imports/{import_id}/transmit")
    assert (again.status_code, again.json()) == (422, already)
    update = api.put(f"/imports/{import_id}", json={"expected_invoices_count": 1})
    assert (update.status_code, update.json()) == (422, already)
    delete = api.delete(f"/imports/{import_id}")
    assert (delete.status_code, delete.json()) == (422, already)
    create = api.post("/invoices", json=invoice_body(import_id))
    assert (create.status_code, create.json()) == (422, already)
    delete_invoice = api.delete(f"/invoices/{invoice_id}")
    assert (delete_invoice.status_code, delete_invoice.json()) == (
        422,
        {"error": "invoice_already_transmitted"},
    )
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == [invoice_id]


def test_transmit_unknown_is_404(api: httpx.Client) -> None:
    response = api.put(f"/imports/{UNKNOWN}/transmit")
    assert (response.status_code, response.json()) == (404, {"error": "invalid_import_id"})


def test_delete_removes_the_import_and_its_invoices(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], new_invoice: Callable[..., dict[str, Any]]
) -> None:
    import_id = new_import()["import_id"]
    invoice_id = new_invoice(
        import_id, invoice_lines=[{"invoice_line_id": "line-1", "amount_cents": 5}], amount_total_cents=5
    )["invoice_id"]
    response = api.delete(f"/imports/{import_id}")
    assert (response.status_code, response.content) == (204, b"")
    assert api.get(f"/imports/{import_id}").status_code == 404
    assert api.get(f"/invoices/{invoice_id}").status_code == 404
    # The partner-chosen line id is free again once its invoice is gone.
    other = new_import()["import_id"]
    again = api.post(
        "/invoices",
        json=invoice_body(
            other, invoice_lines=[{"invoice_line_id": "line-1", "amount_cents": 5}], amount_total_cents=5
        ),
    )
    assert again.status_code == 200


def test_delete_unknown_is_404(api: httpx.Client) -> None:
    response = api.delete(f"/imports/{UNKNOWN}")
    assert (response.status_code, response.json()) == (404, {"error": "invalid_import_id"})


def test_company_list_pages_oldest_first(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]]
) -> None:
    made = [new_import(title=f"batch {n}")["import_id"] for n in range(5)]
    first = api.get(f"/companies/{COMPANY_ID}/imports", params={"page_size": 2}).json()
    assert [item["import_id"] for item in first["imports"]] == made[:2]
    assert first["page"] == {"page_number": 1, "page_size": 2, "total_entries": 5, "total_pages": 3}
    assert set(first["imports"][0]) == {"company_id", "import_id", "title", "transmitted", "transmitted_at"}
    last = api.get(f"/companies/{COMPANY_ID}/imports", params={"page_size": 2, "page_number": 3}).json()
    assert [item["import_id"] for item in last["imports"]] == made[4:]
    past = api.get(f"/companies/{COMPANY_ID}/imports", params={"page_number": 9}).json()
    assert past["imports"] == []
    assert past["page"]["page_size"] == 30


def test_company_list_shows_transmission(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]]
) -> None:
    import_id = new_import()["import_id"]
    api.put(f"/imports/{import_id}/transmit")
    item = api.get(f"/companies/{COMPANY_ID}/imports").json()["imports"][0]
    assert item["transmitted"] is True
    assert item["transmitted_at"] is not None


def test_empty_company_list(api: httpx.Client) -> None:
    listed = api.get(f"/companies/{COMPANY_ID}/imports").json()
    assert listed == {
        "imports": [],
        "page": {"page_number": 1, "page_size": 30, "total_entries": 0, "total_pages": 0},
    }


@pytest.mark.parametrize(
    "params",
    [
        {"page_number": "0"},
        {"page_size": "0"},
        {"page_size": "101"},
        {"page_number": "x"},
        {"page_size": "-1"},
        {"page_number": "1.0"},
        {"page_number": "2147483648"},
    ],
)
def test_company_list_refuses_bad_paging(api: httpx.Client, params: dict[str, str]) -> None:
    response = api.get(f"/companies/{COMPANY_ID}/imports", params=params)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})


def test_company_list_unknown_company(api: httpx.Client) -> None:
    response = api.get(f"/companies/{UNKNOWN}/imports")
    assert (response.status_code, response.json()) == (404, {"error": "not_found"})


def test_update_without_or_with_null_expected_count_keeps_it(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]]
) -> None:
    made = new_import(expected_invoices_count=4)
    import_id = made["import_id"]
    assert api.put(f"/imports/{import_id}", json={}).json() == made
    kept = api.put(f"/imports/{import_id}", json={"expected_invoices_count": None})
    assert (kept.status_code, kept.json()) == (200, made)
    assert api.get(f"/imports/{import_id}").json() == made


@pytest.mark.parametrize(
    ("sent", "answered"),
    [
        (3, 3),
        ("3", 3),
        ("0", 0),
        ("007", 7),
        ("30", 30),  # only leading zeros are dropped
        ("0" * 12 + "7", 7),  # leading zeros do not count towards the digit limit
        ("2147483647", 2147483647),
        (0, 0),
        (None, None),
    ],
)
def test_expected_count_is_an_integer_or_digit_string(
    api: httpx.Client, sent: Any, answered: int | None
) -> None:
    response = api.post("/imports", json={"company_id": COMPANY_ID, "expected_invoices_count": sent})
    assert response.status_code == 200, response.text
    made = response.json()
    assert made["expected_invoices_count"] == answered
    assert type(made["expected_invoices_count"]) is type(answered)
    assert api.get(f"/imports/{made['import_id']}").json() == made


@pytest.mark.parametrize(("sent", "answered"), [(12, 12), ("12", 12), ("0", 0)])
def test_update_takes_the_count_as_integer_or_digit_string(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], sent: Any, answered: int
) -> None:
    import_id = new_import(expected_invoices_count=4)["import_id"]
    response = api.put(f"/imports/{import_id}", json={"expected_invoices_count": sent})
    assert (response.status_code, response.json()["expected_invoices_count"]) == (200, answered)
    assert api.get(f"/imports/{import_id}").json()["expected_invoices_count"] == answered


@pytest.mark.parametrize("sent", ["-1", "x", "2147483648", 2**31, True, 1.0])
def test_update_refuses_a_bad_count_and_keeps_the_old_one(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], sent: Any
) -> None:
    import_id = new_import(expected_invoices_count=4)["import_id"]
    response = api.put(f"/imports/{import_id}", json={"expected_invoices_count": sent})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/imports/{import_id}").json()["expected_invoices_count"] == 4


def test_create_with_null_optional_fields(api: httpx.Client) -> None:
    # What the PHP library sends for create(): every optional field, null when not given.
    response = api.post(
        "/imports", json={"title": None, "company_id": COMPANY_ID, "expected_invoices_count": None}
    )
    assert response.status_code == 200, response.text
    made = response.json()
    assert (made["title"], made["expected_invoices_count"], made["company_id"]) == (None, None, COMPANY_ID)
    assert api.get(f"/imports/{made['import_id']}").json() == made


def test_every_import_answer_carries_count_and_company(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]]
) -> None:
    created = new_import()
    import_id = created["import_id"]
    answers = [
        created,
        api.get(f"/imports/{import_id}").json(),
        api.put(f"/imports/{import_id}", json={"expected_invoices_count": 2}).json(),
        api.put(f"/imports/{import_id}/transmit").json(),
    ]
    for answer in answers:
        assert set(answer) == IMPORT_FIELDS
        assert answer["company_id"] == COMPANY_ID
    assert [answer["expected_invoices_count"] for answer in answers] == [None, None, 2, 2]
    assert [answer["transmitted"] for answer in answers] == [False, False, False, True]


def test_transmit_answers_the_import_with_its_invoices(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]], new_invoice: Callable[..., dict[str, Any]]
) -> None:
    before = new_import(expected_invoices_count="1")
    invoice_id = new_invoice(before["import_id"])["invoice_id"]
    response = api.put(f"/imports/{before['import_id']}/transmit")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    after = response.json()
    assert after == {
        **before,
        "transmitted": True,
        "transmitted_at": after["transmitted_at"],
        "invoice_ids": [invoice_id],
    }
    assert isinstance(after["transmitted_at"], str)
