"""``python -m generator release``: semver from the classified spec changes, the changelog, the record.

The command's files are pointed at a temporary folder (the spec, its released copy, the config
and the changelog); the one release that really regenerates the client is in
``test_docs_to_release.py``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.common.spec_refs import safe_dump, safe_load
from generator.diff.spec_changes import Change
from generator.release import cli as release
from generator.release.notes import section, with_section
from generator.release.record import load_released, record_release, sha256
from generator.release.version import VersionError, bumped, read_version, with_version

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"
CONFIG_TEXT = (
    "# the client\nproject_name_override: clubcollect-client\npackage_version_override: 3.0.0\nfacade: {}\n"
)


def test_the_committed_version_is_the_released_one() -> None:
    released = load_released(ROOT / "openapi" / "released")
    assert released is not None
    assert read_version((ROOT / "generator" / "config.yaml").read_text(encoding="utf-8")) == released.version
    pyproject = (ROOT / "generated_client" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{released.version}"' in pyproject


@pytest.mark.parametrize(
    ("bump", "expected"), [("major", "4.0.0"), ("minor", "3.2.0"), ("patch", "3.1.5"), ("none", "3.1.4")]
)
def test_semver_bumps(bump: str, expected: str) -> None:
    assert bumped("3.1.4", bump) == expected  # type: ignore[arg-type]


def test_the_version_line_is_the_only_one_changed() -> None:
    assert read_version(CONFIG_TEXT) == "3.0.0"
    assert with_version(CONFIG_TEXT, "3.1.0") == CONFIG_TEXT.replace("3.0.0", "3.1.0")
    with pytest.raises(VersionError, match="no package_version_override"):
        read_version("project_name_override: x\n")
    with pytest.raises(VersionError, match=r"not MAJOR\.MINOR\.PATCH"):
        read_version("package_version_override: 3.0\n")


def test_the_changelog_section_names_each_change_and_marks_the_breaking_ones() -> None:
    changes = [
        Change("breaking", "POST /imports (create_import)", "status code 200 removed"),
        Change("compatible", "POST /imports (create_import)", "status code 201 added"),
        Change(
            "breaking",
            "GET /imports/{import_id} (get_import)",
            "response 200.title: type changed from string to integer",
        ),
        Change("doc", "GET /imports/{import_id} (get_import)", "description changed"),
        Change("doc", "GET /imports/{import_id} (get_import)", "response 200: description changed"),
    ]
    text = section("4.0.0", "3.0.0", "2026-12-07", "major", changes)
    assert text.splitlines() == [
        "## clubcollect-client 4.0.0 (2026-12-07)",
        "",
        "A major release: the spec changes since 3.0.0, as `generator diff` classifies them.",
        "",
        "### Breaking",
        "",
        "- **Breaking** `POST /imports (create_import)`: status code 200 removed",
        "- **Breaking** `GET /imports/{import_id} (get_import)`: "
        "response 200.title: type changed: string → integer",
        "",
        "### Added or relaxed (compatible)",
        "",
        "- `POST /imports (create_import)`: status code 201 added",
        "",
        "### Descriptions and examples only",
        "",
        "- `GET /imports/{import_id} (get_import)`: description changed; response 200: description changed",
    ]


def test_the_section_goes_after_the_unreleased_notes() -> None:
    changelog = (
        "# Changelog\n\n## Unreleased\n\n- a note\n\n## clubcollect-client 3.0.0 (2026-12-01)\n\nold\n"
    )
    new = with_section(changelog, "## clubcollect-client 3.1.0 (2026-12-07)\n\nnew\n")
    assert new == (
        "# Changelog\n\n## Unreleased\n\n- a note\n\n"
        "## clubcollect-client 3.1.0 (2026-12-07)\n\nnew\n\n"
        "## clubcollect-client 3.0.0 (2026-12-01)\n\nold\n"
    )
    assert with_section("# Changelog\n", "## x\n") == "# Changelog\n\n## x\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The release command's files in a temporary folder, released at 3.0.0 from the real spec."""
    (tmp_path / "openapi").mkdir()
    shutil.copyfile(SPEC, tmp_path / "openapi" / "clubcollect-v2.yaml")
    shutil.copyfile(ROOT / "openapi" / "DECISIONS.md", tmp_path / "openapi" / "DECISIONS.md")
    (tmp_path / "config.yaml").write_text(CONFIG_TEXT, encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## Unreleased\n\n- a note\n", encoding="utf-8")
    record_release(tmp_path / "released", SPEC.read_text(encoding="utf-8"), "3.0.0", "2026-12-01", "abc")
    monkeypatch.setattr(release, "SPEC", tmp_path / "openapi" / "clubcollect-v2.yaml")
    monkeypatch.setattr(release, "DECISIONS", tmp_path / "openapi" / "DECISIONS.md")
    monkeypatch.setattr(release, "RELEASED", tmp_path / "released")
    monkeypatch.setattr(release, "CONFIG", tmp_path / "config.yaml")
    monkeypatch.setattr(release, "CHANGELOG", tmp_path / "CHANGELOG.md")
    return tmp_path


def change_spec(repo: Path, edit: str) -> None:
    path = repo / "openapi" / "clubcollect-v2.yaml"
    spec = safe_load(path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    if edit == "description":
        schemas["Import"]["description"] = "Said another way."
    elif edit == "addition":
        schemas["MessageType"]["enum"].append("PUSH")
    elif edit == "breaking":
        schemas["Import"]["properties"]["title"] = {"type": "integer"}
    elif edit == "review mark":
        schemas["Import"]["properties"]["note"] = {"type": "string", "x-review": "describe it"}
    path.write_text(safe_dump(spec, sort_keys=False), encoding="utf-8")


def snapshot(repo: Path) -> dict[str, bytes]:
    return {str(p.relative_to(repo)): p.read_bytes() for p in sorted(repo.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("edit", "plan"),
    [
        ("description", "3.0.0 -> 3.0.1 (patch"),
        ("addition", "3.0.0 -> 3.1.0 (minor"),
        ("breaking", "3.0.0 -> 4.0.0 (major"),
    ],
)
def test_dry_run_prints_the_bump_and_the_changelog_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str], edit: str, plan: str
) -> None:
    change_spec(repo, edit)
    before = snapshot(repo)
    assert release.main(["--dry-run", "--date", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    assert f"release: clubcollect-client {plan}" in out
    assert "## clubcollect-client " + plan.split(" -> ")[1].split(" ")[0] + " (2026-12-07)" in out
    assert "release: --dry-run, nothing written" in out
    assert snapshot(repo) == before


def test_no_change_no_release(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(repo)
    assert release.main([]) == 0
    assert "has not changed since 3.0.0: nothing to release" in capsys.readouterr().out
    assert snapshot(repo) == before


def test_a_release_is_refused_while_a_review_mark_waits(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change_spec(repo, "review mark")
    before = snapshot(repo)
    assert release.main([]) == 1
    assert re.search(r"refused: `generator lint` has \d+ finding\(s\)", capsys.readouterr().err)
    assert snapshot(repo) == before
    assert release.main(["--dry-run"]) == 0  # the plan is still shown, with the reason it would stop
    assert "a release would be refused now" in capsys.readouterr().out


def test_an_edited_released_copy_is_refused(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = repo / "released" / "clubcollect-v2.yaml"
    copy.write_text(copy.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert release.main(["--dry-run"]) == 2
    assert "does not match the SHA-256 in RELEASE.json" in capsys.readouterr().err


def test_without_a_record_the_baseline_must_be_given(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(repo / "released")
    assert release.main(["--dry-run"]) == 2
    assert "no release recorded" in capsys.readouterr().err
    change_spec(repo, "addition")
    assert release.main(["--dry-run", "--baseline", str(SPEC)]) == 0
    assert "3.0.0 -> 3.1.0 (minor" in capsys.readouterr().out


def test_a_version_changed_by_hand_is_refused(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "config.yaml").write_text(CONFIG_TEXT.replace("3.0.0", "3.5.0"), encoding="utf-8")
    change_spec(repo, "addition")
    assert release.main(["--dry-run"]) == 1
    assert "says 3.5.0, the last release was 3.0.0" in capsys.readouterr().err


def test_the_record_keeps_the_spec_and_its_hash(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    record_release(tmp_path, text, "3.1.0", "2026-12-07", "0123abc")
    record = json.loads((tmp_path / "RELEASE.json").read_text(encoding="utf-8"))
    assert record["spec_sha256"] == sha256(text)
    assert (tmp_path / "clubcollect-v2.yaml").read_text(encoding="utf-8") == text
    released = load_released(tmp_path)
    assert released is not None and (released.version, released.commit) == ("3.1.0", "0123abc")
