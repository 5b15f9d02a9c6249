"""A model of what the server must hold, checked against it after random sequences of calls."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import settings
from hypothesis.stateful import Bundle, RuleBasedStateMachine, rule, run_state_machine_as_test

from contract_tests.api import Api
from contract_tests.factories import amounts, invoice_body
from contract_tests.profiles import Budget

RULE = "model"


@dataclass
class ImportModel:
    transmitted: bool = False
    deleted: bool = False
    invoices: list[str] = field(default_factory=list)


@dataclass
class InvoiceModel:
    import_id: str
    total: int
    lines: int
    retracted: bool = False
    deleted: bool = False


def test_server_matches_model(api: Api, budget: Budget) -> None:
    class ServerModel(RuleBasedStateMachine):
        imports_bundle = Bundle("imports")
        invoices_bundle = Bundle("invoices")

        def __init__(self) -> None:
            super().__init__()
            self.imports: dict[str, ImportModel] = {}
            self.invoices: dict[str, InvoiceModel] = {}

        @rule(target=imports_bundle)
        def create_import(self) -> str:
            created = api.create_import()
            import_id = str(created.get("import_id"))
            self.imports[import_id] = ImportModel()
            return import_id

        @rule(target=invoices_bundle, import_id=imports_bundle, line_amounts=amounts)
        def create_invoice(self, import_id: str, line_amounts: list[int]) -> str:
            model = self.imports[import_id]
            exchange = api.call("POST", "/invoices", body=invoice_body(import_id, line_amounts))
            if model.deleted:
                api.expect_error(exchange, 422, "invalid_import_id", RULE)
                return "0" * 40
            if model.transmitted:
                api.expect_error(exchange, 422, "import_already_transmitted", RULE)
                return "0" * 40
            invoice_id = str(api.ok_json(exchange, RULE).get("invoice_id"))
            model.invoices.append(invoice_id)
            self.invoices[invoice_id] = InvoiceModel(import_id, sum(line_amounts), len(line_amounts))
            return invoice_id

        @rule(import_id=imports_bundle)
        def transmit(self, import_id: str) -> None:
            model = self.imports[import_id]
            exchange = api.call("PUT", f"/imports/{import_id}/transmit")
            if model.deleted:
                api.expect_error(exchange, 404, "invalid_import_id", RULE)
            elif model.transmitted:
                api.expect_error(exchange, 422, "import_already_transmitted", RULE)
            else:
                api.expect_status(exchange, 200, RULE, "transmitting an open import")
                model.transmitted = True

        @rule(import_id=imports_bundle)
        def delete_import(self, import_id: str) -> None:
            model = self.imports[import_id]
            exchange = api.call("DELETE", f"/imports/{import_id}")
            if model.deleted:
                api.expect_error(exchange, 404, "invalid_import_id", RULE)
            elif model.transmitted:
                api.expect_error(exchange, 422, "import_already_transmitted", RULE)
            else:
                api.expect_status(exchange, 204, RULE, "deleting an open import")
                model.deleted = True
                for invoice_id in model.invoices:
                    self.invoices[invoice_id].deleted = True

        @rule(invoice_id=invoices_bundle)
        def delete_invoice(self, invoice_id: str) -> None:
            model = self.invoices.get(invoice_id)
            exchange = api.call("DELETE", f"/invoices/{invoice_id}")
            if model is None or model.deleted:
                api.expect_error(exchange, 404, "invalid_invoice_id", RULE)
            elif self.imports[model.import_id].transmitted:
                api.expect_error(exchange, 422, "invoice_already_transmitted", RULE)
            else:
                api.expect_status(exchange, 204, RULE, "deleting an invoice of an open import")
                model.deleted = True
                self.imports[model.import_id].invoices.remove(invoice_id)

        @rule(invoice_id=invoices_bundle)
        def credit_and_retract(self, invoice_id: str) -> None:
            model = self.invoices.get(invoice_id)
            body = {"external_invoice_number": "CR", "description": "credit"}
            exchange = api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body)
            if model is None or model.deleted:
                api.expect_error(exchange, 404, "invalid_invoice_id", RULE)
            elif model.retracted:
                api.expect_error(exchange, 422, "already_retracted", RULE)
            else:
                api.ok_json(exchange, RULE)
                model.retracted, model.total, model.lines = True, 0, model.lines + 1

        @rule(import_id=imports_bundle)
        def import_matches(self, import_id: str) -> None:
            model = self.imports[import_id]
            exchange = api.call("GET", f"/imports/{import_id}")
            if model.deleted:
                api.expect_error(exchange, 404, "invalid_import_id", RULE, key="errors")
                return
            body = api.ok_json(exchange, RULE)
            api.expect(
                sorted(body.get("invoice_ids") or []) == sorted(model.invoices)
                and body.get("transmitted") is model.transmitted,
                exchange,
                RULE,
                f"import differs from the model: {sorted(model.invoices)}, transmitted={model.transmitted}",
            )

        @rule(invoice_id=invoices_bundle)
        def invoice_matches(self, invoice_id: str) -> None:
            model = self.invoices.get(invoice_id)
            exchange = api.call("GET", f"/invoices/{invoice_id}")
            if model is None or model.deleted:
                api.expect_error(exchange, 404, "invalid_invoice_id", RULE)
                return
            body = api.ok_json(exchange, RULE)
            api.expect(
                body.get("amount_total_cents") == model.total
                and len(body.get("invoice_lines") or []) == model.lines
                and (body.get("retracted_at") is not None) is model.retracted,
                exchange,
                RULE,
                f"invoice differs from the model: total {model.total}, {model.lines} lines, "
                f"retracted {model.retracted}",
            )

    run_state_machine_as_test(
        ServerModel,
        settings=settings(
            settings.default, max_examples=budget.stateful_examples, stateful_step_count=budget.stateful_steps
        ),
    )
