"""``python -m generator diff``: files, ``--against REV``, text and JSON output, exit codes."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import cli as diff


def spec(**response_fields: Any) -> dict[str, Any]:
    properties = {"import_id": {"type": "string"}, **response_fields}
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": {
            "/imports/{import_id}": {
                "get": {
                    "operationId": "get_import",
                    "parameters": [
                        {"name": "import_id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"type": "object", "properties": properties}}
                            },
                        }
                    },
                }
            }
        },
    }


def write(path: Path, content: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = diff.main(list(args))
    return code, capsys.readouterr().out


def test_breaking_change_exits_1_with_grouped_report_and_major_bump(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = write(tmp_path / "old.yaml", spec(title={"type": "string"}))
    new = write(tmp_path / "new.yaml", spec(note={"type": "string"}))
    code, out = run(capsys, str(old), str(new))
    assert code == 1
    assert (
        "BREAKING (1)\n  GET /imports/{import_id} (get_import)\n    response 200.title: field removed\n"
        in out
    )
    assert (
        "COMPATIBLE (1)\n  GET /imports/{import_id} (get_import)\n    response 200.note: field added\n" in out
    )
    assert out.rstrip().endswith("semver bump: major")


def test_compatible_change_exits_0_with_minor_bump_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = write(tmp_path / "old.yaml", spec())
    new = write(tmp_path / "new.yaml", spec(note={"type": "string"}))
    code, out = run(capsys, str(old), str(new), "--json")
    payload = json.loads(out)
    assert code == 0
    assert payload["bump"] == "minor"
    assert payload["counts"] == {"breaking": 0, "compatible": 1, "doc": 0}
    assert payload["changes"] == [
        {
            "severity": "compatible",
            "where": "GET /imports/{import_id} (get_import)",
            "what": "response 200.note: field added",
        }
    ]


def test_against_a_git_revision(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    working = write(repo / "openapi" / "clubcollect-v2.yaml", spec(title={"type": "string"}))
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.test"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "openapi"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "v1"], check=True)
    changed = copy.deepcopy(spec(title={"type": "string"}))
    changed["paths"]["/imports/{import_id}"]["get"]["description"] = "Fetch one import."
    write(working, changed)
    code, out = run(capsys, "--against", "HEAD", "--spec", str(working))
    assert code == 0
    assert "DOC-ONLY (1)\n  GET /imports/{import_id} (get_import)\n    description changed\n" in out
    assert "semver bump: patch" in out


def test_unknown_revision_and_unreadable_spec_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = write(tmp_path / "good.yaml", spec())
    (tmp_path / "bad.yaml").write_text("openapi: [unclosed\n", encoding="utf-8")
    assert diff.main([str(good), str(tmp_path / "bad.yaml")]) == 2
    assert diff.main([str(good), str(tmp_path / "missing.yaml")]) == 2
    assert diff.main(["--against", "no-such-revision", "--spec", str(good)]) == 2
    err = capsys.readouterr().err
    assert "not valid YAML" in err
    assert "cannot read" in err
    assert "git show no-such-revision" in err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        diff.main([str(tmp_path / "only-one.yaml")])
    assert exit_info.value.code == 2


def commit_spec(tmp_path: Path, content: str) -> Path:
    """A git repository with ``openapi/clubcollect-v2.yaml`` committed as ``content``."""
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    working = repo / "openapi" / "clubcollect-v2.yaml"
    working.write_text(content, encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.test"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "openapi"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "v1"], check=True)
    return working


def test_help_lists_every_option_with_its_meaning(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        diff.main(["--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(
        "usage: python -m generator diff [-h] [--against REV] [--spec SPEC] [--json] [SPEC ...]"
    )
    assert " Classify the changes between two spec versions and print the semver bump they imply. " in out
    assert "SPEC OLD_SPEC NEW_SPEC (or NEW_SPEC with --against)" in out
    assert "--against REV compare the spec committed at REV with the working one" in out
    assert "--spec SPEC working spec for --against" in out
    assert "--json machine-readable output" in out


def test_against_compares_the_committed_spec_with_a_given_new_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    working = commit_spec(tmp_path, yaml.safe_dump(spec(title={"type": "string"})))
    new = write(tmp_path / "new.yaml", spec(title={"type": "string"}, note={"type": "string"}))
    code, out = run(capsys, "--against", "HEAD", "--spec", str(working), str(new), "--json")
    payload = json.loads(out)
    assert code == 0
    assert payload["old"] == "HEAD:clubcollect-v2.yaml"
    assert payload["new"] == str(new)
    assert payload["bump"] == "minor"
    assert out.startswith('{\n  "old": ')  # indented for people reading it too


def test_against_without_a_new_spec_uses_the_working_one_and_labels_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    working = commit_spec(tmp_path, yaml.safe_dump(spec()))
    code, out = run(capsys, "--against", "HEAD", "--spec", str(working))
    assert code == 0
    assert out == f"spec changes HEAD:clubcollect-v2.yaml -> {working}\n\nno changes\n\nsemver bump: none\n"


def test_against_with_two_specs_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        diff.main(["--against", "HEAD", "a.yaml", "b.yaml"])
    assert exit_info.value.code == 2
    assert "error: --against takes at most one spec (the new one)" in capsys.readouterr().err


def test_without_two_specs_the_usage_error_says_what_to_give(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        diff.main([])
    assert exit_info.value.code == 2
    assert "error: give OLD_SPEC NEW_SPEC, or --against REV" in capsys.readouterr().err


def test_option_like_revision_is_refused_before_git_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = write(tmp_path / "good.yaml", spec())
    assert diff.main(["--against=--output=x", "--spec", str(good)]) == 2
    assert capsys.readouterr().err == "diff: not a revision: '--output=x'\n"


def test_git_failure_shows_git_message_as_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    working = commit_spec(tmp_path, yaml.safe_dump(spec()))
    assert diff.main(["--against", "no-such-revision", "--spec", str(working)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("diff: git show no-such-revision:clubcollect-v2.yaml failed: fatal: ")


def test_committed_spec_that_is_not_yaml_is_named_by_revision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    working = commit_spec(tmp_path, "openapi: [unclosed\n")
    write(working, spec())
    assert diff.main(["--against", "HEAD", "--spec", str(working)]) == 2
    assert capsys.readouterr().err.startswith("diff: HEAD:clubcollect-v2.yaml: not valid YAML")


def test_text_report_separates_sections_with_blank_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = write(tmp_path / "old.yaml", spec(title={"type": "string"}))
    new = write(tmp_path / "new.yaml", spec(note={"type": "string"}))
    _, out = run(capsys, str(old), str(new))
    label = "GET /imports/{import_id} (get_import)"
    assert out == (
        f"spec changes {old} -> {new}\n"
        "\n"
        f"BREAKING (1)\n  {label}\n    response 200.title: field removed\n"
        "\n"
        f"COMPATIBLE (1)\n  {label}\n    response 200.note: field added\n"
        "\n"
        "semver bump: major\n"
    )


def test_against_defaults_to_the_project_spec(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    working = commit_spec(tmp_path, yaml.safe_dump(spec()))
    monkeypatch.setattr(diff, "DEFAULT_SPEC", working)
    code, out = run(capsys, "--against", "HEAD", "--json")
    payload = json.loads(out)
    assert (code, payload["old"], payload["new"], payload["bump"]) == (
        0,
        "HEAD:clubcollect-v2.yaml",
        str(working),
        "none",
    )
