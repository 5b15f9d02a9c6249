"""The divergence registry, the error a test fails with, and where the baseline is read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.baseline import DEFAULT_PATH, ENV_BASELINE, TARGET_KINDS, BaselineEntry, load_baseline
from contract_tests.divergence import Divergence, DivergenceError, Registry


def divergence(title: str = "t", reason: str | None = None, **fields: str) -> Divergence:
    values = {"operation": "get_company", "kind": "rule:x", "detail": "d", "curl": "curl c", **fields}
    return Divergence(title=title, baseline_reason=reason, **values)


# ----------------------------------------------------------------- divergences and the registry


def test_as_dict_is_every_field_and_whether_baselined() -> None:
    assert divergence(reason="known").as_dict() == {
        "operation": "get_company",
        "kind": "rule:x",
        "title": "t",
        "detail": "d",
        "curl": "curl c",
        "signature": "",
        "baseline_reason": "known",
        "baselined": True,
    }
    assert divergence().as_dict()["baselined"] is False


def test_the_registry_keeps_the_newest_reproduction_and_splits_new_from_known() -> None:
    registry = Registry()
    first, newer = divergence(curl="curl long"), divergence(curl="curl short")
    known = divergence("other", reason="accepted")
    for item in (first, newer, known):
        registry.add(item)
    assert list(registry.divergences.values()) == [newer, known]
    assert registry.new() == [newer]
    assert registry.known() == [known]


def test_the_registry_counts_calls_cases_reasons_and_notes_once() -> None:
    registry = Registry()
    for operation in ("get_company", "get_company", "list_imports"):
        registry.count_call(operation)
    registry.count_case()
    registry.count_case()
    registry.baseline_used("r1")
    registry.baseline_used("r1")
    for text in ("slow server", "slow server", "no invoices"):
        registry.note(text)
    assert dict(registry.calls_per_operation) == {"get_company": 2, "list_imports": 1}
    assert registry.cases_run == 2
    assert registry.used_baseline_reasons == {"r1"}
    assert registry.notes == ["slow server", "no invoices"]


def test_a_kind_is_unchecked_only_when_skipped_and_never_checked_with_the_first_reason() -> None:
    registry = Registry()
    registry.kind_skipped("signature", "no payment was started")
    registry.kind_skipped("signature", "a later reason")
    registry.kind_skipped("redirect", "no payment page")
    registry.kind_checked("redirect")
    registry.kind_checked("field names")
    assert registry.unchecked_kinds() == {"signature": "no payment was started"}
    assert registry.checked_kinds == {"redirect", "field names"}


def test_the_error_message_lists_each_divergence_with_its_reproduction() -> None:
    items = [
        divergence("first", detail="a\nb"),
        divergence("second", operation="list_imports", curl="curl 2"),
    ]
    error = DivergenceError(items)
    assert error.divergences == items
    assert str(error) == (
        "[get_company] rule:x: first\na\nb\nReproduce:\n  curl c"
        "\n\n"
        "[list_imports] rule:x: second\nd\nReproduce:\n  curl 2"
    )


# ----------------------------------------------------------------- where the baseline comes from


def write_baseline(path: Path, reason: str) -> Path:
    path.write_text(f"divergences:\n  - {{operation: '*', kind: '*', reason: {reason}}}\n", encoding="utf-8")
    return path


def test_without_a_setting_the_checked_in_baseline_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_BASELINE, raising=False)
    entries = load_baseline()
    assert entries and entries == load_baseline(DEFAULT_PATH)


def test_the_setting_names_another_baseline_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_BASELINE, str(write_baseline(tmp_path / "partner.yaml", "partner reason")))
    assert load_baseline() == [
        BaselineEntry(operation="*", kind="*", reason="partner reason", targets=TARGET_KINDS)
    ]
    # a path given by the caller wins over the setting
    assert load_baseline(write_baseline(tmp_path / "given.yaml", "given"))[0].reason == "given"


@pytest.mark.parametrize("setting", ["none", "None", "NONE"])
def test_none_reports_everything_as_new(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, setting: str
) -> None:
    """Even where a file of that name exists: "none" is the switch, not a path."""
    monkeypatch.chdir(tmp_path)
    write_baseline(tmp_path / setting, "a file named like the switch")
    monkeypatch.setenv(ENV_BASELINE, setting)
    assert load_baseline() == []


def test_a_missing_baseline_file_is_an_empty_baseline(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_BASELINE, str(tmp_path / "absent.yaml"))
    assert load_baseline() == []
