"""``python -m generator overlay apply``: Overlay 1.0 onto the real spec, touching only what it changes."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.common.spec_refs import safe_load
from generator.overlay import cli as overlay
from generator.overlay.splice import splice
from generator.overlay.style import wrap_flow_lists

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"


def write_overlay(folder: Path, actions: list[dict[str, Any]], **document: Any) -> Path:
    path = folder / "overlay.yaml"
    body = {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": actions, **document}
    path.write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return path


def changed_lines(before: str, after: str) -> list[str]:
    """The diff as "-old" / "+new" lines, without context: everything that is not byte-identical."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("---", "+++"))
    ]


def apply(spec: Path, overlay_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = overlay.main(["apply", str(overlay_path), "--spec", str(spec)])
    return code, capsys.readouterr().err


# One overlay of every kind of edit, applied once to a copy of the real spec (a round-trip load
# and two renderings of the 4,000-line file take seconds): the tests below read its result.
REAL_ACTIONS: list[dict[str, Any]] = [
    {"target": "$.components.schemas.LineType.enum", "update": "DISCOUNT-LINE"},
    {
        "target": "$.components.schemas.Import.properties",
        "update": {
            "archived_at": {"type": "string", "format": "date-time", "x-review": "describe it"},
            "note": {"type": ["string", "null"], "maxLength": 255},
        },
    },
    {  # a flow list the file wraps by hand, replaced whole (Overlay 1.0 cannot edit one item)
        "target": "$.components.schemas.Import",
        "update": {
            "required": [
                "import_id",
                "title",
                "transmitted",
                "transmitted_at",
                "prepaid_amount_cents",
                "prepaid_amount_currency",
                "settled_amount_cents",
                "invoice_ids",
            ]
        },
    },
    {"target": "$.paths['/imports/{import_id}'].delete", "update": {"deprecated": True}},
    {"target": "$.components.parameters.PageSize.schema", "update": {"default": None}},
    {
        "target": "$.servers[?@.description == 'Sandbox, named only by the PHP client library']",
        "remove": True,
    },
    {  # right below a section comment, a flow list
        "target": "$.components.schemas.MessageType.enum",
        "update": "PUSH",
    },
    {
        "target": "$.paths['/imports'].post.responses",
        "update": {
            "201": {
                "description": "Created.\nSecond line of prose.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Import"}}},
            }
        },
    },
    {  # as a person writes them: filters and wildcards
        "description": "every list's page size parameter, wherever it is declared",
        "target": "$.components.parameters[?@.name == 'page_size' && @.in == 'query']",
        "update": {"x-decision": "A12"},
    },
    {"target": "$.paths.*[?@.operationId == 'get_import']", "update": {"summary": "Fetch one import"}},
]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(the spec before, the spec after) REAL_ACTIONS, applied through the command."""
    folder = tmp_path_factory.mktemp("real")
    spec = folder / "clubcollect-v2.yaml"
    shutil.copyfile(SPEC, spec)
    path = write_overlay(folder, REAL_ACTIONS, extends="clubcollect-v2.yaml")
    assert overlay.main(["apply", str(path), "--spec", str(spec)]) == 0
    return SPEC.read_text(encoding="utf-8"), spec.read_text(encoding="utf-8")


def test_each_kind_of_change_touches_only_its_lines(real: tuple[str, str]) -> None:
    before, after = real
    assert changed_lines(before, after) == [
        "-  - url: https://sandbox.clubcollect.com/api/v2",
        "-    description: Sandbox, named only by the PHP client library",
        "+        '201':",  # a status code quoted like the others
        "+          description: |",  # prose as a block
        "+            Created.",
        "+            Second line of prose.",
        "+          content:",
        "+            application/json:",
        "+              schema: {$ref: '#/components/schemas/Import'}",
        "-      summary: Fetch an import",
        "+      summary: Fetch one import",
        "+      deprecated: true",
        "-      x-decision: A11",
        "+      x-decision: A12",
        "-        default: 30",
        "+        default: null",  # null spelt out
        "+        - DISCOUNT-LINE",
        "-      enum: [EMAIL, SMS, LETTER]",
        "+      enum: [EMAIL, SMS, LETTER, PUSH]",
        "-        prepaid_amount_currency, settled_amount_cents, settled_amount_currency, invoice_ids]",
        "+        prepaid_amount_currency, settled_amount_cents, invoice_ids]",
        "+        archived_at:",  # marked for review: on lines of its own
        "+          type: string",
        "+          format: date-time",
        "+          x-review: describe it",
        "+        note: {type: [string, 'null'], maxLength: 255}",  # a leaf: one line, like its peers
    ]


def test_the_result_says_what_the_overlay_says(real: tuple[str, str]) -> None:
    before, after = (safe_load(text) for text in real)
    assert after["components"]["schemas"]["LineType"]["enum"][-1] == "DISCOUNT-LINE"
    assert after["paths"]["/imports/{import_id}"]["delete"]["deprecated"] is True
    assert after["components"]["parameters"]["PageSize"]["schema"]["default"] is None
    assert "settled_amount_currency" not in after["components"]["schemas"]["Import"]["required"]
    assert after["paths"]["/imports"]["post"]["responses"]["201"]["description"] == (
        "Created.\nSecond line of prose.\n"
    )
    assert len(after["servers"]) == len(before["servers"]) - 1


def test_comments_and_blank_lines_stay(real: tuple[str, str]) -> None:
    before, after = real
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#") or not line.strip()]
    assert comments == [
        line for line in after.splitlines() if line.lstrip().startswith("#") or not line.strip()
    ]


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A small spec for the checks that do not need the real one."""
    path = tmp_path / "tiny.yaml"
    path.write_text(
        "openapi: 3.1.0\n"
        "info: {title: Tiny, version: 1.0.0}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    # the channels\n"
        "    MessageType:\n"
        "      type: string\n"
        "      enum: [EMAIL, SMS, LETTER]\n",
        encoding="utf-8",
    )
    return path


def test_dry_run_prints_the_diff_and_writes_nothing(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tiny.read_bytes()
    path = write_overlay(tmp_path, [{"target": "$.components.schemas.MessageType.enum", "update": "PUSH"}])
    assert overlay.main(["apply", str(path), "--spec", str(tiny), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+      enum: [EMAIL, SMS, LETTER, PUSH]" in out.splitlines()
    assert tiny.read_bytes() == before


def test_a_json_overlay_is_read_too(tiny: Path, tmp_path: Path) -> None:
    path = tmp_path / "overlay.json"
    body = {
        "overlay": "1.0.1",
        "info": {"title": "t", "version": "1"},
        "actions": [{"target": "$.components.schemas.MessageType.enum", "update": "PUSH"}],
    }
    path.write_text(json.dumps(body), encoding="utf-8")
    assert overlay.main(["apply", str(path), "--spec", str(tiny)]) == 0
    assert (
        "PUSH" in safe_load(tiny.read_text(encoding="utf-8"))["components"]["schemas"]["MessageType"]["enum"]
    )


GOOD = {"target": "$.components.schemas.MessageType.enum", "update": "PUSH"}
ALSO_GOOD = {"target": "$.components.schemas.MessageType", "update": {"description": "Channels."}}
REFUSALS: dict[str, tuple[dict[str, Any], str]] = {
    "wrong version": (
        {"overlay": "2.0.0", "actions": [GOOD]},
        "overlay: version '2.0.0' is not supported; this tool applies Overlay 1.0.x",
    ),
    "no version": ({"overlay": None, "actions": [GOOD]}, "overlay: version None is not supported"),
    "no actions": ({"actions": []}, "actions: [] should be non-empty"),
    "unknown field in an action": (
        {"actions": [GOOD, {"target": "$.info", "update": {"title": "x"}, "replace": True}]},
        "actions[1]: Unevaluated properties are not allowed ('replace' was unexpected)",
    ),
    "target not a path": (
        {"actions": [GOOD, {"target": "info.title", "update": {}}]},
        "actions[1].target: 'info.title' does not match",
    ),
    "bad JSONPath": (
        {"actions": [GOOD, ALSO_GOOD, {"target": "$.paths[?@.x ==]", "update": {}}]},
        "actions[2]: target '$.paths[?@.x ==]' is not a valid JSONPath",
    ),
    "matches nothing": (
        {"actions": [{"target": "$.components.schemas.NoSuchSchema", "update": {"x": 1}}, GOOD]},
        "actions[0]: target $.components.schemas.NoSuchSchema matches nothing in the spec",
    ),
    "selects a primitive": (
        {"actions": [GOOD, {"target": "$.info.title", "update": "New title"}]},
        "actions[1]: target $.info.title selects a value that is neither an object nor an array",
    ),
    "object target, no object": (
        {"actions": [{"target": "$.info", "update": "New title"}]},
        "actions[0]: $['info'] is an object; update must be an object",
    ),
    "does nothing": ({"actions": [{"target": "$.info"}]}, "actions[0]: neither update nor remove"),
    "removes the root": (
        {"actions": [{"target": "$", "remove": True}]},
        "the document root cannot be removed",
    ),
}


@pytest.mark.parametrize(("document", "problem"), REFUSALS.values(), ids=REFUSALS.keys())
def test_an_invalid_overlay_is_refused_with_the_action_index_and_nothing_is_written(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any], problem: str
) -> None:
    before = tiny.read_bytes()
    path = tmp_path / "overlay.yaml"
    body = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, **document}
    path.write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    code, err = apply(tiny, path, capsys)
    assert code == 1
    assert "refused" in err and "nothing written" in err
    assert problem in err, err
    assert tiny.read_bytes() == before


def test_an_unreadable_overlay_or_spec(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("overlay: [1.0.0\n", encoding="utf-8")
    assert apply(tiny, broken, capsys)[0] == 1
    assert overlay.main(["apply", str(broken), "--spec", str(tmp_path / "missing.yaml")]) == 2


def test_splice_keeps_the_original_where_the_renderings_agree() -> None:
    original = "a: [1,\n  2]   # wrapped by hand\nb: 1\nc: 2\n"
    before = "a: [1, 2]   # wrapped by hand\nb: 1\nc: 2\n"
    assert splice(original, before, before.replace("c: 2", "c: 3")) == original.replace("c: 2", "c: 3")
    # a change on a line the renderings spell differently takes the rendering's whole run
    assert splice(original, before, before.replace("[1, 2]", "[1, 2, 3]")) == (
        "a: [1, 2, 3]   # wrapped by hand\nb: 1\nc: 2\n"
    )
    assert splice(original, before, before + "d: 4\n") == original + "d: 4\n"


def test_long_flow_lists_wrap_like_the_file() -> None:
    line = "      required: [" + ", ".join(f"field_number_{n}" for n in range(10)) + "]"
    wrapped = wrap_flow_lists(line, width=60).split("\n")
    assert all(len(part) <= 60 for part in wrapped)
    assert wrapped[1].startswith("        field_number_")  # two deeper than the key
    assert safe_load("\n".join(wrapped)) == safe_load(line)
    quoted = "      enum: ['a, b', " + ", ".join(["c"] * 30) + "]"
    assert wrap_flow_lists(quoted, width=60) == quoted  # a comma inside a quoted item: left alone
