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
