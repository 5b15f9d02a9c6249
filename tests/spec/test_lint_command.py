"""``python -m generator lint`` on a tiny spec: what goes to stdout and stderr, which DECISIONS.md
it reads, the workflows beside the spec, and the exit status of each outcome.

The facade rule checks generator/config.yaml against the real spec (tests/generator cover it); here
it is replaced so the tiny spec's findings are the command's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.common.workflows import WORKFLOWS_NAME
from generator.lint import cli as lint
from generator.lint.model import Finding, Spec

from .test_lint_rules import GOOD

DECISION_A1 = "| A1 | the one entry the tiny spec cites |\n"
UNKNOWN_A1 = "#/paths/~1things~1{thing_id}/get/x-decision: decision-unknown: no DECISIONS.md entry A1"


@pytest.fixture(autouse=True)
def no_facade_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lint, "rule_facade_mapping", lambda spec: [])


@pytest.fixture
def spec_path(tmp_path: Path) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = lint.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_spec_prints_only_the_count_and_exits_0(
    spec_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, spec_path) == (0, "", f"{spec_path}: 0 finding(s)\n")


def test_decisions_are_read_from_the_file_beside_the_spec(
    spec_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (spec_path.parent / "DECISIONS.md").write_text("| B2 | another entry |\n", encoding="utf-8")
    assert run(capsys, spec_path) == (1, f"{spec_path}{UNKNOWN_A1}\n", f"{spec_path}: 1 finding(s)\n")


def test_a_given_decisions_file_wins_over_the_one_beside_the_spec(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (spec_path.parent / "DECISIONS.md").write_text("| B2 | another entry |\n", encoding="utf-8")
    given = tmp_path / "elsewhere.md"
    given.write_text(DECISION_A1, encoding="utf-8")
    assert run(capsys, spec_path, "--decisions", given)[0] == 0


def test_without_a_decisions_file_the_citations_are_not_checked(
    spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, spec_path, "--decisions", tmp_path / "absent.md")[0] == 0


def test_findings_of_other_rules_count_and_fail_too(
    spec_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def one_facade_finding(spec: Spec) -> list[Finding]:
        return [Finding("/paths", "facade-mapping", "unmapped")]

    monkeypatch.setattr(lint, "rule_facade_mapping", one_facade_finding)
    assert run(capsys, spec_path) == (
        1,
        f"{spec_path}#/paths: facade-mapping: unmapped\n",
        f"{spec_path}: 1 finding(s)\n",
    )


def test_a_spec_that_cannot_be_read_exits_2_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    code, out, err = run(capsys, missing)
    assert (code, out) == (2, "")
    assert err.startswith(f"{missing}: cannot read spec: [Errno 2]")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, broken)
    assert (code, out) == (2, "")
    assert err.startswith(f"{broken}: cannot read spec: while parsing a flow")


def test_a_spec_that_is_not_a_mapping_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = tmp_path / "list.yaml"
    listed.write_text("- openapi\n", encoding="utf-8")
    assert run(capsys, listed) == (2, "", f"{listed}: the spec is not a mapping\n")


def test_workflows_beside_the_spec_that_break_arazzo_fail_the_lint(
    spec_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workflows = spec_path.parent / WORKFLOWS_NAME
    workflows.write_text("arazzo: 1.0.0\ninfo: {title: t, version: '1'}\nworkflows: []\n", encoding="utf-8")
    code, out, err = run(capsys, spec_path)
    assert code == 1
    assert out == (
        f"{workflows}#: arazzo-schema: 'sourceDescriptions' is a required property\n"
        f"{workflows}#/workflows: arazzo-schema: [] should be non-empty\n"
    )
    assert err == f"{spec_path}: 0 finding(s)\n{workflows}: 2 finding(s)\n"


def test_workflows_that_are_not_yaml_fail_the_lint(
    spec_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workflows = spec_path.parent / WORKFLOWS_NAME
    workflows.write_text("workflows: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, spec_path)
    assert code == 1
    assert out.startswith(f"{workflows}: cannot read workflows: while parsing a flow")
    assert err == f"{spec_path}: 0 finding(s)\n"


def test_help_names_the_command_its_purpose_and_each_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        lint.main(["--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("usage: python -m generator lint [-h] [--decisions DECISIONS] [spec] ")
    assert (
        "``python -m generator lint [SPEC]``: validate the spec, then apply the project's own rules." in out
    )
    assert "spec spec file (YAML or JSON)" in out
    assert "--decisions DECISIONS DECISIONS.md to check x-decision against (default: next to the spec)" in out


def test_without_a_spec_argument_the_default_spec_is_linted(
    spec_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lint, "DEFAULT_SPEC", spec_path)
    assert run(capsys) == (0, "", f"{spec_path}: 0 finding(s)\n")
