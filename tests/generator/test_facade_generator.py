"""generator/facade: the operation-to-method mapping, its lint rule, and rendering from the spec."""

from __future__ import annotations

import copy
import py_compile
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.common.spec_refs import safe_load
from generator.facade import __main__ as facade_main
from generator.facade.lint import rule_facade_mapping
from generator.facade.model import Config, build, load_config
from generator.facade.names import class_name as make_class_name
from generator.facade.names import python_identifier
from generator.facade.render import CONFIG, DEFAULT_SPEC, SPEC_ENV, render
from generator.lint import cli as lint_cli

SPEC: dict[str, Any] = safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
REAL = load_config(CONFIG)

# The public names of the facade (issue 14): code written against them must keep working.
PUBLIC_API = {
    "companies": {"get": "get_company", "create": "create_company", "update": "update_company"},
    "imports": {
        "create": "create_import",
        "get": "get_import",
        "update": "update_import",
        "transmit": "transmit_import",
        "delete": "delete_import",
        "list": "list_company_imports",
    },
    "invoices": {
        "create": "create_invoice",
        "get": "get_invoice",
        "update": "update_invoice",
        "credit_and_retract": "credit_and_retract_invoice",
        "delete": "delete_invoice",
        "lines": "list_invoice_lines",
    },
    "tickets": {
        "list": "list_invoice_tickets",
        "create": "create_invoice_ticket",
        "archive": "archive_invoice_tickets",
        "assign_to_support": "assign_invoice_tickets_to_support",
        "list_for_company": "list_company_tickets",
    },
}


def with_mapping(change: dict[str, Any]) -> Config:
    mapping = copy.deepcopy(REAL.mapping)
    for resource, methods in change.items():
        if methods is None:
            mapping.pop(resource, None)
            continue
        mapping.setdefault(resource, {})
        for name, target in methods.items():
            if target is None:
                mapping[resource].pop(name, None)
            else:
                mapping[resource][name] = target
    return Config(mapping, REAL.class_overrides, outside=REAL.outside)


def messages(config: Config, spec: dict[str, Any] = SPEC) -> list[str]:
    return [problem.message for problem in build(spec, config).problems]


def spec_with_extra_operation(body_field: str = "note", path_field: str = "invoice_id") -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/invoices/{" + path_field + "}/reminders"] = {
        "parameters": [{"name": path_field, "in": "path", "required": True, "schema": {"type": "string"}}],
        "post": {
            "operationId": "send_invoice_reminder",
            "tags": ["Invoices"],
            "summary": "Send a reminder",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                body_field: {"type": "string"},
                                "when": {"type": "string", "format": "date-time"},
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"$ref": "#/paths/~1invoices~1{invoice_id}/get/responses/200"}},
        },
    }
    return spec


# --- the real spec and config --------------------------------------------------------------


def test_every_operation_of_the_spec_has_its_method_and_the_public_names_hold() -> None:
    facade = build(SPEC, REAL)
    assert facade.problems == []
    found = {r.name: {m.name: m.operation for m in r.methods} for r in facade.resources}
    assert found == PUBLIC_API
    operations = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    }
    mapped = {op for methods in found.values() for op in methods.values()}
    assert mapped | set(REAL.outside) == operations
    assert not mapped & set(REAL.outside)


def test_result_kinds_follow_the_spec() -> None:
    methods = {(r.name, m.name): m for r in build(SPEC, REAL).resources for m in r.methods}
    assert methods["imports", "list"].result == "page"
    assert methods["imports", "list"].item == "CompanyImport"
    assert methods["tickets", "list_for_company"].result == "page"
    assert (
        methods["invoices", "lines"].result == "unwrap" and methods["invoices", "lines"].item == "InvoiceLine"
    )
    assert methods["invoices", "delete"].result == "none"
    assert methods["invoices", "get"].model == "Invoice"
    # Each paged list has its own page classes; the counts the spec requires are typed int.
    imports_list = methods["imports", "list"]
    assert (imports_list.page_class, imports_list.paginator_class) == (
        "ImportsListPage",
        "AsyncImportsListPaginator",
    )
    assert imports_list.page_model == "Page" and imports_list.page_counts == ("total_pages",)
    # Path parameters are positional, in path order; the rest keyword-only.
    status = methods["tickets", "list_for_company"]
    assert [a.name for a in status.path_args] == ["company_id", "status"]
    assert "Literal['unanswered', 'answered', 'archived']" in status.path_args[1].annotation


def test_the_lint_rule_is_quiet_on_the_real_spec() -> None:
    assert rule_facade_mapping(SPEC) == []


# --- problems the mapping can have ---------------------------------------------------------


def test_an_unmapped_operation_is_refused() -> None:
    found = messages(with_mapping({"invoices": {"delete": None}}))
    assert found == [
        "operation delete_invoice has no facade method: map it under `facade:` in generator/config.yaml"
    ]


def test_a_new_operation_without_a_method_is_refused_by_lint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec_with_extra_operation()), encoding="utf-8")
    assert lint_cli.main([str(spec_file), "--decisions", str(DEFAULT_SPEC.parent / "DECISIONS.md")]) == 1
    out = capsys.readouterr().out
    assert "facade-mapping: operation send_invoice_reminder has no facade method" in out


def test_a_method_naming_no_operation_is_refused() -> None:
    assert messages(with_mapping({"invoices": {"remind": "remind_invoice"}})) == [
        "no operation remind_invoice in the spec"
    ]


def test_one_operation_mapped_twice_is_refused() -> None:
    assert messages(with_mapping({"invoices": {"fetch": "get_invoice"}})) == [
        "operation get_invoice is already the method invoices.get"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"notifications": {"get": "get_invoice"}}, "resource name 'notifications' is not usable"),
        ({"with_options": {"get": "get_invoice"}}, "resource name 'with_options' is not usable"),
        ({"invoices": {"with_raw_response": "get_invoice"}}, "method name 'with_raw_response' is not usable"),
        ({"invoices": {"class": "get_invoice"}}, "method name 'class' is not usable"),
        ({"invoices": {"_hidden": "get_invoice"}}, "method name '_hidden' is not usable"),
        (
            {"invoices": {"lines": {"operation": "list_invoice_lines", "returns": "amount_total_cents"}}},
            "returns:",
        ),
        (
            {"invoices": {"lines": {"operation": "list_invoice_lines", "unwrap": "x"}}},
            "must be an operationId",
        ),
    ],
)
def test_unusable_names_and_entries_are_refused(change: dict[str, Any], expected: str) -> None:
    assert any(expected in message for message in messages(with_mapping(change)))


def test_a_name_given_twice_in_the_config_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "facade:\n  invoices:\n    get: get_invoice\n    get: delete_invoice\n", encoding="utf-8"
    )
    (problem,) = load_config(config).problems
    assert "'get' is given twice" in problem.message


@pytest.mark.parametrize("field", ["timeout", "max_retries", "invoice_id"])
def test_an_argument_that_clashes_is_refused(field: str) -> None:
    spec = spec_with_extra_operation(body_field=field)
    config = with_mapping({"invoices": {"remind": "send_invoice_reminder"}})
    assert f"invoices.remind: argument {field!r} would be defined twice" in messages(config, spec)


# --- rendering -----------------------------------------------------------------------------


def test_a_new_operation_appears_in_the_facade_with_no_hand_written_code(tmp_path: Path) -> None:
    spec = spec_with_extra_operation()
    facade = build(spec, with_mapping({"invoices": {"remind": "send_invoice_reminder"}}))
    assert facade.problems == []
    package = tmp_path / "clubcollect_client"
    render(package, facade)
    text = (package / "resources" / "invoices.py").read_text(encoding="utf-8")
    signature = (
        "def remind(\n        self,\n        invoice_id: str,\n        *,\n        note: str | None = None,"
    )
    assert signature in text
    assert "async def remind(" in text
    assert '_body["when"] = to_wire(when)' in text  # a date-time is sent as ISO 8601 text
    assert "from ..api.invoices.send_invoice_reminder import _parse_response" in text
    for path in package.rglob("*.py"):
        py_compile.compile(str(path), doraise=True)


def test_the_post_hook_refuses_to_render_a_bad_mapping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec_with_extra_operation()), encoding="utf-8")
    monkeypatch.setenv(SPEC_ENV, str(spec_file))
    monkeypatch.chdir(tmp_path)
    assert facade_main.main(["render"]) == 1
    assert "send_invoice_reminder has no facade method" in capsys.readouterr().err
    assert not (tmp_path / "clubcollect_client" / "resources").exists()


def _names_in_spec(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(str(key))
            if key in {"operationId", "name"} and isinstance(value, str):
                found.add(value)
            if key == "tags" and isinstance(value, list):
                found.update(str(tag) for tag in value)
            found |= _names_in_spec(value)
    elif isinstance(node, list):
        for value in node:
            found |= _names_in_spec(value)
    return found


def test_names_follow_the_generators_own_rules() -> None:
    from openapi_python_client.strings import ClassName, PythonIdentifier

    names = _names_in_spec(SPEC) | {
        "type",
        "from",
        "_private",
        "id",
        "datetime",
        "2fa",
        "page-size",
        "HTTPCode",
    }
    for name in sorted(names):
        assert python_identifier(name, "field_") == PythonIdentifier(name, "field_"), name
        assert python_identifier(name, "tag") == PythonIdentifier(name, "tag"), name
        assert make_class_name(name, "field_") == ClassName(name, "field_"), name


def test_operations_left_outside_need_a_reason_and_no_method() -> None:
    config = with_mapping({})
    outside = dict(config.outside)
    assert build(SPEC, config).problems == []
    outside["get_invoice"] = "also here"
    outside["start_ideal_payment"] = " "
    outside["nothing_like_it"] = "somewhere"
    found = messages(Config(config.mapping, config.class_overrides, outside=outside))
    assert set(found) == {
        "operation get_invoice is also the method invoices.get",
        "say where partners find this operation instead",
        "no operation nothing_like_it in the spec",
        "operation start_ideal_payment has no facade method: map it under `facade:` in generator/config.yaml",
    }
    del outside["get_invoice"], outside["nothing_like_it"], outside["start_ideal_payment"]
    found = messages(Config(config.mapping, config.class_overrides, outside=outside))
    assert found == [
        "operation start_ideal_payment has no facade method: map it under `facade:` in generator/config.yaml"
    ]


def test_page_counts_follow_the_page_schema_of_each_list() -> None:
    spec = copy.deepcopy(SPEC)
    page = spec["components"]["schemas"]["Page"]
    page["required"] = [*page["required"], "total_entries"]
    methods = {(r.name, m.name): m for r in build(spec, REAL).resources for m in r.methods}
    assert methods["imports", "list"].page_counts == ("total_entries", "total_pages")
    page["required"] = ["page_number"]
    methods = {(r.name, m.name): m for r in build(spec, REAL).resources for m in r.methods}
    assert methods["tickets", "list_for_company"].page_counts == ()


def test_a_page_class_clashing_with_a_model_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["ImportsListPage"] = {"type": "object"}
    assert any("the page class ImportsListPage of imports.list clashes" in m for m in messages(REAL, spec))
