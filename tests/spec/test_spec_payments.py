"""The payment operations: unambiguous paths (P1), signature security (P2), shapes (P4-P16)."""

from __future__ import annotations

import re
from typing import Any

from tests.docs_source import payments_page

from .test_spec_operations import PAYMENT_OPERATIONS, all_operations
from .test_spec_wording import prose, runs

START_METHODS = ["ideal", "bancontact", "credit_card", "paypal", "sofort"]


def test_each_payment_operation_has_its_path(spec: dict[str, Any]) -> None:
    found = all_operations(spec)
    for operation_id, path in PAYMENT_OPERATIONS.items():
        method, found_path, op = found[operation_id]
        assert (method, found_path) == ("get", path)
        assert op["tags"] == ["Payments"]


def test_start_paths_are_literal_and_list_the_documented_methods(spec: dict[str, Any]) -> None:
    literal = [p.removeprefix("/payments/") for p in spec["paths"] if re.fullmatch(r"/payments/[a-z_]+", p)]
    assert sorted(literal) == sorted([*START_METHODS, "notifications"])
    templated = [p for p in spec["paths"] if p.startswith("/payments/{")]
    assert templated == ["/payments/{payment_id}"]


def test_no_partner_payment_id_can_name_a_literal_path(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    # P1/P7: every literal name the id pattern and length would allow is excluded, and only those.
    partner_id = schemas["PartnerPaymentId"]
    literal = [p.removeprefix("/payments/") for p in spec["paths"] if re.fullmatch(r"/payments/[a-z_]+", p)]
    collide = {
        name
        for name in literal
        if partner_id["minLength"] <= len(name) <= partner_id["maxLength"]
        and re.fullmatch(partner_id["pattern"], name)
    }
    assert collide == set(partner_id["not"]["enum"]) == {"bancontact", "credit_card", "notifications"}


def test_payment_operations_are_signed_not_keyed(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["PaymentSignature"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "query", "signature")
    signature_param = {"$ref": "#/components/parameters/PaymentSignatureValue"}
    for operation_id in PAYMENT_OPERATIONS:
        _, _, op = all_operations(spec)[operation_id]
        assert op["security"] == [{"PaymentSignature": []}], operation_id
        assert signature_param in op["parameters"], operation_id
        assert "401" not in op["responses"], operation_id
    assert spec["components"]["parameters"]["PaymentSignatureValue"]["required"] is True


def test_start_operations_redirect_and_share_one_error(spec: dict[str, Any]) -> None:
    shapes = []
    for method in START_METHODS:
        op = spec["paths"][f"/payments/{method}"]["get"]
        assert op["operationId"] == f"start_{method}_payment"
        assert op["x-browser-redirect"] is True
        assert op["responses"] == {
            "302": {"$ref": "#/components/responses/PaymentRedirect"},
            "422": {"$ref": "#/components/responses/StartPaymentUnprocessable"},
        }
        shapes.append(op["parameters"])
    assert all(shape == shapes[0] for shape in shapes)
    names = [p["$ref"].rsplit("/", 1)[-1] for p in shapes[0]]
    params = spec["components"]["parameters"]
    required = {params[n]["name"] for n in names if params[n]["required"]}
    assert required == {"company_id", "redirect_url", "signature"}  # P6: the rest is conditional
    assert spec["components"]["responses"]["PaymentRedirect"]["headers"]["Location"]["required"] is True


def test_payment_results_and_webhooks(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    assert schemas["PaymentResult"]["enum"] == ["authorized", "cancelled", "pending", "refused", "error"]
    assert schemas["PaymentStatus"]["properties"]["payment_result"]["x-open-enum"] is True
    hook = spec["webhooks"]["payment_notification"]["post"]
    assert hook["security"] == []
    body = hook["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/PaymentNotification"}
    assert set(schemas["PaymentNotification"]["required"]) == {
        "api_key",
        "company_id",
        "invoice_id",
        "external_invoice_number",
        "payment_id",
        "payment_method",
        "payment_result",
    }
    redirect = spec["webhooks"]["payment_redirect"]["get"]
    assert redirect["security"] == [{"PaymentSignature": []}, {}]  # signed result, unsigned refusal
    names = {p["name"] for p in redirect["parameters"]}
    assert names == {
        "company_id",
        "invoice_id",
        "external_invoice_number",
        "payment_id",
        "payment_method",
        "payment_result",
        "signature",
        "error_code",
        "error_details",
    }


def test_feed_is_a_page_of_at_most_25(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/payments/notifications"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == "array" and schema["maxItems"] == 25


def test_payment_prose_is_our_own(spec: dict[str, Any]) -> None:
    page_runs = runs(payments_page())
    copied = [" ".join(run) for text in prose(spec) for run in runs(text) & page_runs]
    assert copied == []
