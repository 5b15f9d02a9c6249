"""``python -m generator lint`` on the real spec, on a broken copy, and on unreadable input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.lint import cli as lint

from .spec_files import DECISIONS_PATH, ROOT, SPEC_PATH


def test_real_spec_has_zero_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert lint.main([str(SPEC_PATH)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 finding(s)" in err


def test_broken_copy_exits_1_with_the_right_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    summary = "      summary: Delete an invoice of an open import\n"
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text.count(summary) == 1
    broken.write_text(text.replace(summary, ""))
    assert lint.main([str(broken), "--decisions", str(DECISIONS_PATH)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{broken}#/paths/~1invoices~1{{invoice_id}}/delete: operation-summary: operation has no summary"
    ]


def test_decisions_default_to_the_file_next_to_the_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "spec.yaml"
    copy.write_text(SPEC_PATH.read_text(encoding="utf-8"))
    (tmp_path / "DECISIONS.md").write_text("| A1 | only this entry |\n")
    assert lint.main([str(copy)]) == 1
    out, _ = capsys.readouterr()
    assert "decision-unknown: no DECISIONS.md entry C3" in out


def test_unreadable_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lint.main([str(tmp_path / "missing.yaml")]) == 2
    (tmp_path / "list.yaml").write_text("- not a mapping\n")
    assert lint.main([str(tmp_path / "list.yaml")]) == 2
    assert "cannot read spec" in capsys.readouterr().err


def test_module_entry_point_uses_the_default_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "openapi/clubcollect-v2.yaml: 0 finding(s)" in result.stderr
