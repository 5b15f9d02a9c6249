"""Invoice create/show/update/delete and lines (invoice pages; DECISIONS A12-A18)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import customer, invoice_body

UNKNOWN = "0" * 40
INVOICE_FIELDS = {
    "invoice_id",
    "import_id",
    "external_invoice_number",
    "reference",
    "invoice_number",
    "direct_debit_iban",
    "federation_membership_number",
    "club_membership_number",
    "member_external_id",
    "external_membership_number",
    "locale",
    "customer",
    "invoice_lines",
    "amount_total_cents",
    "messages",
    "tickets",
    "retracted_at",
    "retraction_reason",
    "show_retraction_reason_to_customer",
}
NewImport = Callable[..., dict[str, Any]]
NewInvoice = Callable[..., dict[str, Any]]


def test_created_invoice_has_every_field(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    response = api.post("/invoices", json=invoice_body(import_id, reference="ba6fe77", locale="en"))
    assert response.status_code == 200
    invoice = response.json()
    assert set(invoice) == INVOICE_FIELDS
    assert invoice["import_id"] == import_id
    assert invoice["reference"] == "ba6fe77"
    assert invoice["locale"] == "en"
    assert invoice["club_membership_number"] is None
    assert invoice["invoice_number"].isdigit()
    assert invoice["amount_total_cents"] == 9000
    assert (invoice["messages"], invoice["tickets"]) == ([], [])
    assert invoice["retracted_at"] is None
    assert invoice["retraction_reason"] is None
    assert invoice["show_retraction_reason_to_customer"] is False
    assert set(invoice["customer"]) == {"name", "address", "email", "phone"}
    assert invoice["customer"]["address"]["house_number_extension"] is None
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == [invoice["invoice_id"]]


def test_invoice_numbers_are_sequential(new_invoice: NewInvoice, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    numbers = [int(new_invoice(import_id)["invoice_number"]) for _ in range(3)]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]


def test_a_fresh_mock_numbers_its_first_invoice_100001(new_invoice: NewInvoice) -> None:
    # Every test starts from a reset mock: the same creates always get the same numbers.
    assert [new_invoice()["invoice_number"] for _ in range(2)] == ["100001", "100002"]


def test_lines_are_typed_by_sign(new_invoice: NewInvoice) -> None:
    lines = new_invoice(amounts=(10000, -1000, 0))["invoice_lines"]
    assert [line["type"] for line in lines] == ["INVOICE-LINE", "CREDIT-LINE", "INVOICE-LINE"]
    for line in lines:
        assert line["subtype"] is None
        assert "payment_method" not in line
        assert line["description"] == "Membership fee"


def test_line_date_defaults_to_now_and_is_normalised(api: httpx.Client, new_import: NewImport) -> None:
    body = invoice_body(new_import()["import_id"], amounts=(5,))
    body["invoice_lines"] = [
        {"amount_cents": 5, "date": "2024-03-01T10:00:00Z"},
        {"amount_cents": 0},
    ]
    lines = api.post("/invoices", json=body).json()["invoice_lines"]
    assert lines[0]["date"] == "2024-03-01T10:00:00+00:00"
    assert lines[1]["date"].endswith("+00:00")
    assert lines[1]["description"] is None


def test_zero_and_negative_totals_are_allowed(new_invoice: NewInvoice) -> None:
    assert new_invoice(amounts=(0,))["amount_total_cents"] == 0
    assert new_invoice(amounts=(-500,))["amount_total_cents"] == -500


def test_valid_iban_is_kept_compact_and_invalid_one_dropped(new_invoice: NewInvoice) -> None:
    assert (
        new_invoice(direct_debit_iban="NL91 ABNA 0417 1643 00")["direct_debit_iban"] == "NL91ABNA0417164300"
    )
    assert new_invoice(direct_debit_iban="NL91ABNA0417164301")["direct_debit_iban"] is None


@pytest.mark.parametrize(
    "contact",
    [
        {"email": {"email_address": "joe@example.com"}},
        {"phone": {"phone_number": "562-756-2233"}},
        {"address": {"address1": "3rd Avenue", "city": "Amsterdam"}},
    ],
    ids=["email", "phone", "address"],
)
def test_any_one_contact_is_enough(api: httpx.Client, new_import: NewImport, contact: dict[str, Any]) -> None:
    body = invoice_body(new_import()["import_id"], customer={"name": {"last_name": "Doe"}, **contact})
    assert api.post("/invoices", json=body).status_code == 200


def _lines(*amounts: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"amount_cents": amount, **extra} for amount in amounts]


CREATE_ERRORS: list[tuple[dict[str, Any], str]] = [
    ({"import_id": UNKNOWN}, "invalid_import_id"),
    ({"import_id": 5}, "invalid_import_id"),
    ({"external_invoice_number": ""}, "invalid_external_invoice_number"),
    ({"external_invoice_number": None}, "invalid_external_invoice_number"),
    ({"external_invoice_number": 12}, "invalid_external_invoice_number"),
    ({"customer": customer(name={"last_name": ""})}, "invalid_customer_last_name"),
    ({"customer": customer(name={"first_name": "Joe"})}, "invalid_customer_last_name"),
    # A required field sent as null is missing: its own code (decision: null = not given).
    ({"import_id": None}, "invalid_import_id"),
    ({"customer": None}, "invalid_customer_last_name"),
    ({"customer": customer(name=None)}, "invalid_customer_last_name"),
    ({"customer": customer(name={"last_name": None, "first_name": "Joe"})}, "invalid_customer_last_name"),
    ({"customer": customer(email={"email_address": None})}, "invalid_customer_email"),
    ({"customer": customer(email=None)}, "invalid_customer_email"),
    ({"amount_total_cents": None}, "invalid_amount_total_cents"),
    ({"invoice_lines": None}, "invalid_request"),
    ({"invoice_lines": [None], "amount_total_cents": 0}, "invalid_request"),
    ({"invoice_lines": [{"amount_cents": None}], "amount_total_cents": 0}, "invalid_request"),
    # Parts whose fields are all null are not provided (A16).
    (
        {
            "customer": {
                "name": {"last_name": "Doe", "first_name": None},
                "email": {"email_address": None},
                "phone": {"phone_number": None, "country_code": None},
                "address": dict.fromkeys(["address1", "city", "zipcode", "country_code"]),
            }
        },
        "invalid_customer_email",
    ),
    (
        {
            "customer": {
                "name": {"last_name": "Doe"},
                "email": None,
                "address": {"address1": "Main street", "city": None, "country_code": "NL"},
            }
        },
        "invalid_customer_address",
    ),
    ({"customer": {"name": {"last_name": "Doe"}}}, "invalid_customer_email"),
    ({"customer": customer(email={"email_address": "not-an-address"})}, "invalid_customer_email"),
    ({"customer": {"name": {"last_name": "Doe"}, "phone": {"country_code": "NL"}}}, "invalid_customer_phone"),
    ({"customer": {"name": {"last_name": "Doe"}, "address": {"address1": "x"}}}, "invalid_customer_address"),
    ({"customer": customer(address={"city": 5})}, "invalid_customer_address"),
    ({"amount_total_cents": 1}, "invalid_amount_total_cents"),
    ({"amount_total_cents": "9000"}, "invalid_amount_total_cents"),
    ({"amount_total_cents": 9000.0}, "invalid_amount_total_cents"),
    ({"amount_total_cents": 2**63}, "invalid_amount_total_cents"),
    (
        {"invoice_lines": _lines(1, 2, invoice_line_id="same"), "amount_total_cents": 3},
        "duplicate_invoice_line_id",
    ),
    ({"invoice_lines": [], "amount_total_cents": 0}, "invalid_request"),
    ({"invoice_lines": {"amount_cents": 1}, "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(True), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(2**31), "amount_total_cents": 2**31}, "invalid_request"),
    ({"invoice_lines": _lines(1, type="INVOICE-LINE"), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(1, date="2024-03-01"), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(1, date="2024-03-01T10:00:00"), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(1, description="x" * 5001), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": _lines(1, invoice_line_id=""), "amount_total_cents": 1}, "invalid_request"),
    ({"invoice_lines": [{"description": "no amount"}], "amount_total_cents": 0}, "invalid_request"),
    ({"locale": "es"}, "invalid_request"),
    ({"locale": "NLD"}, "invalid_request"),
    ({"locale": ""}, "invalid_request"),
    ({"locale": 5}, "invalid_request"),
    ({"locale": "n\u0130"}, "invalid_request"),
    ({"reference": "x" * 256}, "invalid_request"),
    ({"reference": 1}, "invalid_request"),
    ({"invoice_number": "123"}, "invalid_request"),
    ({"tickets": []}, "invalid_request"),
    ({"customer": customer(name={"last_name": "Doe", "nickname": "J"})}, "invalid_request"),
    ({"customer": customer(email="joe@example.com")}, "invalid_request"),
    ({"referense": "typo"}, "invalid_request"),
]


@pytest.mark.parametrize(("changes", "code"), CREATE_ERRORS)
def test_create_refuses_and_stores_nothing(
    api: httpx.Client, new_import: NewImport, changes: dict[str, Any], code: str
) -> None:
    import_id = new_import()["import_id"]
    body = invoice_body(import_id)
    body.update(changes)
    response = api.post("/invoices", json=body)
    assert (response.status_code, response.json()) == (422, {"error": code})
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == []


def test_lone_surrogate_text_is_refused(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    raw = json.dumps(invoice_body(import_id, reference="\ud800")).encode()
    response = api.post("/invoices", content=raw, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == []


def test_missing_fields_use_their_codes(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    for field, code in [
        ("import_id", "invalid_import_id"),
        ("external_invoice_number", "invalid_external_invoice_number"),
        ("customer", "invalid_customer_last_name"),
        ("amount_total_cents", "invalid_amount_total_cents"),
        ("invoice_lines", "invalid_request"),
    ]:
        body = invoice_body(import_id)
        del body[field]
        assert api.post("/invoices", json=body).json() == {"error": code}, field


def test_line_ids_are_unique_across_the_partner(api: httpx.Client, new_import: NewImport) -> None:
    lines = [{"invoice_line_id": "L-1", "amount_cents": 100}]
    first = api.post(
        "/invoices", json=invoice_body(new_import()["import_id"], invoice_lines=lines, amount_total_cents=100)
    )
    assert first.json()["invoice_lines"][0]["invoice_line_id"] == "L-1"
    other_import = new_import()["import_id"]
    again = api.post(
        "/invoices", json=invoice_body(other_import, invoice_lines=lines, amount_total_cents=100)
    )
    assert (again.status_code, again.json()) == (422, {"error": "duplicate_invoice_line_id"})
    assert api.get(f"/imports/{other_import}").json()["invoice_ids"] == []


def test_line_ids_of_different_partners_do_not_clash(
    api: httpx.Client, other_partner: tuple[httpx.Client, str], new_import: NewImport
) -> None:
    other, other_company = other_partner
    lines = [{"invoice_line_id": "shared", "amount_cents": 1}]
    assert (
        api.post(
            "/invoices",
            json=invoice_body(new_import()["import_id"], invoice_lines=lines, amount_total_cents=1),
        ).status_code
        == 200
    )
    their_import = other.post("/imports", json={"company_id": other_company}).json()["import_id"]
    response = other.post(
        "/invoices", json=invoice_body(their_import, invoice_lines=lines, amount_total_cents=1)
    )
    assert response.status_code == 200


def test_show_unknown_invoice(api: httpx.Client) -> None:
    response = api.get(f"/invoices/{UNKNOWN}")
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})


def test_lines_endpoint_matches_the_invoice(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    lines = api.get(f"/invoices/{invoice['invoice_id']}/lines").json()
    assert lines == {
        "import_id": invoice["import_id"],
        "invoice_id": invoice["invoice_id"],
        "invoice_lines": invoice["invoice_lines"],
        "amount_total_cents": invoice["amount_total_cents"],
    }
    unknown = api.get(f"/invoices/{UNKNOWN}/lines")
    assert (unknown.status_code, unknown.json()) == (404, {"error": "invalid_invoice_id"})


def test_update_changes_recipient_fields_only(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice(reference="old")
    response = api.put(
        f"/invoices/{invoice['invoice_id']}",
        json={
            "external_invoice_number": "2024-002",
            "reference": "",
            "member_external_id": "M-7",
            "locale": "de",
            "direct_debit_iban": "DE89370400440532013000",
            "customer": {"name": {"first_name": "Jane"}, "phone": {"phone_number": "0612345678"}},
        },
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated["external_invoice_number"] == "2024-002"
    assert updated["reference"] == ""
    assert updated["member_external_id"] == "M-7"
    assert updated["locale"] == "de"
    assert updated["direct_debit_iban"] == "DE89370400440532013000"
    assert updated["customer"]["name"] == {**invoice["customer"]["name"], "first_name": "Jane"}
    assert updated["customer"]["email"] == invoice["customer"]["email"]
    assert updated["invoice_lines"] == invoice["invoice_lines"]
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == updated


UPDATE_ERRORS: list[tuple[dict[str, Any], str]] = [
    ({"external_invoice_number": ""}, "invalid_external_invoice_number"),
    ({"external_invoice_number": None}, "invalid_external_invoice_number"),
    ({"external_invoice_number": 5}, "invalid_external_invoice_number"),
    (
        {"customer": {"name": {"last_name": None}}, "external_invoice_number": None},
        "invalid_external_invoice_number",
    ),
    ({"customer": {"name": {"last_name": ""}}}, "invalid_customer_last_name"),
    ({"customer": {"email": {"email_address": ""}}}, "invalid_customer_email"),
    ({"customer": {"email": {"email_address": "nope"}}}, "invalid_customer_email"),
    ({"invoice_lines": []}, "invalid_request"),
    ({"import_id": UNKNOWN}, "invalid_request"),
    ({"amount_total_cents": 0}, "invalid_request"),
    ({"locale": "xx"}, "invalid_request"),
    ({"locale": "NLD"}, "invalid_request"),
    ({"customer": {"address": {"house_number_extension": 5}}}, "invalid_customer_address"),
]


@pytest.mark.parametrize(("body", "code"), UPDATE_ERRORS)
def test_update_refuses_and_changes_nothing(
    api: httpx.Client, new_invoice: NewInvoice, body: dict[str, Any], code: str
) -> None:
    invoice = new_invoice()
    # external_invoice_number is required on update: every body carries it unless it is the
    # field under test.
    body = {"external_invoice_number": "2024-002", **body}
    response = api.put(f"/invoices/{invoice['invoice_id']}", json=body)
    assert (response.status_code, response.json()) == (422, {"error": code})
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def test_update_after_transmission_is_allowed(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    api.put(f"/imports/{invoice['import_id']}/transmit")
    response = api.put(
        f"/invoices/{invoice['invoice_id']}",
        json={"external_invoice_number": "2024-001", "reference": "later"},
    )
    assert (response.status_code, response.json()["reference"]) == (200, "later")


def test_update_unknown_invoice(api: httpx.Client) -> None:
    response = api.put(f"/invoices/{UNKNOWN}", json={"reference": "x"})
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})


def test_delete_open_invoice(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    response = api.delete(f"/invoices/{invoice['invoice_id']}")
    assert (response.status_code, response.content) == (204, b"")
    assert api.get(f"/invoices/{invoice['invoice_id']}").status_code == 404
    assert api.get(f"/imports/{invoice['import_id']}").json()["invoice_ids"] == []
    again = api.delete(f"/invoices/{invoice['invoice_id']}")
    assert (again.status_code, again.json()) == (404, {"error": "invalid_invoice_id"})


@pytest.mark.parametrize(
    "path", ["/invoices", "/invoices/" + UNKNOWN, "/invoices/" + UNKNOWN + "/credit_and_retract"]
)
def test_invoice_writes_need_json_content_type(api: httpx.Client, new_invoice: NewInvoice, path: str) -> None:
    invoice = new_invoice()
    path = path.replace(UNKNOWN, invoice["invoice_id"])
    method = "PUT" if path.endswith(invoice["invoice_id"]) else "POST"
    response = api.request(method, path, content=b"{}", headers={"Content-Type": "text/plain"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_content_type"})
    missing = api.request(method, path, content=b"{}", headers={"Content-Type": ""})
    assert missing.json() == {"error": "invalid_content_type"}


def test_content_type_parameters_and_case_are_accepted(api: httpx.Client, new_import: NewImport) -> None:
    body = json.dumps(invoice_body(new_import()["import_id"])).encode()
    response = api.post(
        "/invoices", content=body, headers={"Content-Type": "Application/JSON; charset=utf-8"}
    )
    assert response.status_code == 200


def test_an_id_sharing_only_the_row_prefix_is_unknown(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    forged = invoice_id[:12] + ("0" if invoice_id[12] != "0" else "1") + invoice_id[13:]
    assert api.get(f"/invoices/{forged}").json() == {"error": "invalid_invoice_id"}
    assert api.delete(f"/invoices/{forged}").status_code == 404
    assert api.get(f"/invoices/{invoice_id}").status_code == 200


def test_update_with_only_the_invoice_number_changes_nothing(
    api: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice()
    body = {"external_invoice_number": invoice["external_invoice_number"]}
    response = api.put(f"/invoices/{invoice['invoice_id']}", json=body)
    assert (response.status_code, response.json()) == (200, invoice)


def test_update_without_invoice_number_is_refused(api: httpx.Client, new_invoice: NewInvoice) -> None:
    # The current invoice page marks external_invoice_number required on update.
    invoice = new_invoice()
    for body in ({}, {"reference": "new"}, {"locale": "de", "customer": {"name": {"first_name": "Jo"}}}):
        response = api.put(f"/invoices/{invoice['invoice_id']}", json=body)
        assert (response.status_code, response.json()) == (422, {"error": "invalid_external_invoice_number"})
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def test_reads_see_every_write_after_a_read(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice()
    invoice_id = invoice["invoice_id"]
    path = f"/invoices/{invoice_id}"

    def shown() -> dict[str, Any]:
        response = api.get(path)
        assert response.status_code == 200
        result: dict[str, Any] = response.json()
        return result

    assert shown() == invoice
    api.put(path, json={"external_invoice_number": "2024-001", "reference": "changed"})
    assert shown()["reference"] == "changed"
    api.post(f"{path}/tickets", json={"message": "hello"})
    assert len(shown()["tickets"]) == 1
    control.post(f"/invoices/{invoice_id}/payments", json={"amount_cents": 100, "payment_method": "ideal"})
    assert shown()["invoice_lines"][-1]["type"] == "PAYMENT"
    control.post(f"/invoices/{invoice_id}/messages", json={"type": "EMAIL", "description": "sent"})
    assert len(shown()["messages"]) == 1
    control.post(f"/invoices/{invoice_id}/customer-tickets", json={"message": "why"})
    assert len(shown()["tickets"]) == 2
    api.post(f"{path}/credit_and_retract", json={"external_invoice_number": "C", "description": "d"})
    assert shown()["amount_total_cents"] == 0
    api.delete(path)
    assert api.get(path).status_code == 404


def test_reads_see_import_deletion_and_reset(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice()
    assert api.get(f"/invoices/{invoice['invoice_id']}").status_code == 200
    api.delete(f"/imports/{invoice['import_id']}")
    assert api.get(f"/invoices/{invoice['invoice_id']}").status_code == 404
    other = new_invoice()
    assert api.get(f"/invoices/{other['invoice_id']}").status_code == 200
    control.post("/reset")
    assert api.get(f"/invoices/{other['invoice_id']}").status_code == 404


def test_cached_reads_stay_partner_private(
    api: httpx.Client, other_partner: tuple[httpx.Client, str], new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    assert api.get(f"/invoices/{invoice_id}").status_code == 200
    other, _ = other_partner
    assert other.get(f"/invoices/{invoice_id}").json() == {"error": "invalid_invoice_id"}


def test_a_repeated_external_invoice_number_is_accepted(api: httpx.Client, new_import: NewImport) -> None:
    """DECISIONS A23: no documented refusal, so none; each invoice keeps its own id."""
    import_id = new_import()["import_id"]
    made = [
        api.post("/invoices", json=invoice_body(import_id, external_invoice_number="2026-7")) for _ in "ab"
    ]
    assert [response.status_code for response in made] == [200, 200]
    first, second = (response.json() for response in made)
    assert first["invoice_id"] != second["invoice_id"]
    assert first["invoice_number"] != second["invoice_number"]
    assert first["external_invoice_number"] == second["external_invoice_number"] == "2026-7"
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == [
        first["invoice_id"],
        second["invoice_id"],
    ]
    other = api.post("/invoices", json=invoice_body(import_id, external_invoice_number="2026-8")).json()
    renamed = api.put(f"/invoices/{other['invoice_id']}", json={"external_invoice_number": "2026-7"})
    assert (renamed.status_code, renamed.json()["external_invoice_number"]) == (200, "2026-7")
    elsewhere = api.post(
        "/invoices", json=invoice_body(new_import()["import_id"], external_invoice_number="2026-7")
    )
    assert elsewhere.status_code == 200
