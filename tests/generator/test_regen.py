"""The committed client is exactly what the pipeline produces (golden record); the pipeline's parts work."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from importlib import metadata
from pathlib import Path

import pytest

from generator import postprocess, regen

GENERATED = regen.OUTPUT


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regen") / "out"
    regen.build(out)
    return out


def test_committed_client_is_in_sync_with_a_fresh_regen(fresh_build: Path) -> None:
    diff = regen.compare_trees(GENERATED, fresh_build)
    assert diff.clean, "generated_client/ is stale; run `python -m generator regen`\n" + regen.report(diff)


def test_stamp_records_the_current_inputs() -> None:
    assert regen.stale_inputs() == []


def test_stamp_names_pinned_tool_versions() -> None:
    stamp = regen.parse_stamp((GENERATED / regen.STAMP_NAME).read_text(encoding="utf-8"))
    assert stamp["openapi_python_client"] == "0.29.1"
    assert stamp["ruff"] == metadata.version("ruff")
    assert len(stamp["spec_sha256"]) == 64


def test_every_generated_file_starts_with_a_do_not_edit_header() -> None:
    checked = 0
    for path in sorted(GENERATED.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or ".egg-info" in str(path):
            continue
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert "do not edit" in first and "python -m generator regen" in first, path
        checked += 1
    assert checked > 40


def test_runtime_copies_name_their_source() -> None:
    first = (
        (GENERATED / "clubcollect_client" / "runtime" / "retry.py")
        .read_text(encoding="utf-8")
        .splitlines()[0]
    )
    assert "client_runtime/retry.py" in first


def test_every_generated_module_imports() -> None:
    package = importlib.import_module("clubcollect_client")
    names = [m.name for m in pkgutil.walk_packages(package.__path__, prefix="clubcollect_client.")]
    for name in names:
        importlib.import_module(name)
    assert "clubcollect_client.api.invoices.create_invoice" in names
    assert "clubcollect_client.runtime.retry" in names


def test_compare_trees_reports_missing_extra_and_different_files(tmp_path: Path) -> None:
    committed, fresh = tmp_path / "committed", tmp_path / "fresh"
    for root in (committed, fresh):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (committed / "pkg" / "changed.py").write_text("a = 1\n")
    (fresh / "pkg" / "changed.py").write_text("a = 2\n")
    (committed / "pkg" / "stale.py").write_text("")
    (fresh / "pkg" / "new.py").write_text("")
    (committed / "pkg" / "__pycache__").mkdir()
    (committed / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")

    diff = regen.compare_trees(committed, fresh)

    assert diff.missing == ["pkg/new.py"]
    assert diff.extra == ["pkg/stale.py"]
    assert list(diff.different) == ["pkg/changed.py"]
    assert "-a = 1" in diff.different["pkg/changed.py"] and "+a = 2" in diff.different["pkg/changed.py"]


def test_check_fails_when_a_generated_file_is_edited(tmp_path: Path, fresh_build: Path) -> None:
    copy = tmp_path / "client"
    shutil.copytree(fresh_build, copy)
    target = copy / "clubcollect_client" / "client.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    diff = regen.compare_trees(copy, fresh_build)
    assert list(diff.different) == ["clubcollect_client/client.py"]


def test_the_record_of_a_full_check_vouches_for_inputs_output_and_tools(
    tmp_path: Path, fresh_build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy, record = tmp_path / "client", tmp_path / "record.json"
    shutil.copytree(fresh_build, copy)
    regen.write_record(copy, record)
    assert regen.record_matches(copy, record)
    # Caches and install metadata are not output.
    (copy / "clubcollect_client" / "__pycache__").mkdir(exist_ok=True)
    (copy / "clubcollect_client" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert regen.record_matches(copy, record)
    # A different input or a different set of tools: no longer vouched for.
    with monkeypatch.context() as patched:
        patched.setattr(regen, "current_stamp", lambda: {"spec_sha256": "0" * 64})
        assert not regen.record_matches(copy, record)
    with monkeypatch.context() as patched:
        patched.setattr(regen, "_environment_fingerprint", lambda: "another interpreter")
        assert not regen.record_matches(copy, record)
    # A hand edit, a removed and an added file.
    for change in ("edit", "remove", "add"):
        shutil.rmtree(copy)
        shutil.copytree(fresh_build, copy)
        target = copy / "clubcollect_client" / "client.py"
        if change == "edit":
            target.write_text(target.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
        elif change == "remove":
            target.unlink()
        else:
            (copy / "clubcollect_client" / "extra.py").write_text("", encoding="utf-8")
        assert not regen.record_matches(copy, record), change
    assert not regen.record_matches(copy, tmp_path / "no-record.json")


def test_check_answers_from_the_record_only_after_a_passing_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "build" / "generator-check.json"
    monkeypatch.setattr(regen, "CHECK_RECORD", record)
    full_checks: list[regen.TreeDiff] = []
    verdict = regen.TreeDiff(missing=[], extra=[], different={})

    def full_check(output: Path = regen.OUTPUT) -> regen.TreeDiff:
        full_checks.append(verdict)
        return verdict

    monkeypatch.setattr(regen, "check", full_check)
    assert regen.main_check([]) == 0 and len(full_checks) == 1  # no record yet: full
    assert record.is_file()
    assert regen.main_check([]) == 0 and len(full_checks) == 1  # the record answers
    assert "last full check" in capsys.readouterr().out
    assert regen.main_check(["--full"]) == 0 and len(full_checks) == 2
    verdict = regen.TreeDiff(missing=["clubcollect_client/new.py"], extra=[], different={})
    assert regen.main_check(["--full"]) == 1 and len(full_checks) == 3
    assert not record.exists()  # a failing check leaves no record behind
    assert regen.main_check([]) == 1 and len(full_checks) == 4


def test_stale_inputs_names_a_changed_spec(tmp_path: Path) -> None:
    stamp = regen.current_stamp() | {"spec_sha256": "0" * 64}
    (tmp_path / regen.STAMP_NAME).write_text(regen.render_stamp(stamp), encoding="utf-8")
    stale = regen.stale_inputs(tmp_path)
    assert len(stale) == 1 and stale[0].startswith("spec_sha256")


def test_generation_warnings_are_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "bad.yaml"
    # A request body in a content type the generator cannot handle: it warns and skips the operation.
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /x:\n    post:\n      operationId: post_x\n"
        "      requestBody: {content: {application/xml: {schema: {type: string}}}}\n"
        "      responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(regen, "SPEC", spec)
    with pytest.raises(regen.GenerationError):
        regen.build(tmp_path / "out")


def test_headers_are_added_once(tmp_path: Path) -> None:
    package = tmp_path / postprocess.PACKAGE
    package.mkdir()
    module = package / "m.py"
    module.write_text("x = 1\n", encoding="utf-8")
    postprocess.add_headers(tmp_path)
    postprocess.add_headers(tmp_path)
    lines = module.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"# {postprocess.GENERATED_NOTE}"
    assert lines[1] == "x = 1"
