"""Loading YAML (generator/common/spec_refs.py): a text parsed again is a fresh copy of the same tree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.common import spec_refs
from generator.common.spec_refs import SpecError, load_spec_text, safe_load

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"


def test_the_same_text_gives_an_equal_tree_that_is_the_callers_own() -> None:
    text = SPEC.read_text(encoding="utf-8")
    first = safe_load(text)
    first["info"]["title"] = "changed by the first caller"
    del first["paths"]
    second = safe_load(text)
    expected = yaml.safe_load(text)  # the reference: PyYAML's pure-Python loader (a second)
    assert second == expected
    second["components"]["schemas"].clear()
    assert load_spec_text(text, "spec") == expected


def test_a_text_seen_lately_is_not_parsed_again_and_a_few_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real_load = yaml.load

    def counting_load(text: str, Loader: type) -> object:
        parsed.append(text)
        return real_load(text, Loader=Loader)

    monkeypatch.setattr(yaml, "load", counting_load)
    texts = [f"n: {index}\n" for index in range(spec_refs._PARSED_KEPT + 1)]
    assert [safe_load(text) for text in texts] == [{"n": index} for index in range(len(texts))]
    assert [safe_load(text) for text in texts[1:]] == [{"n": index} for index in range(1, len(texts))]
    assert parsed == texts  # the last eight were kept: none parsed twice
    assert safe_load(texts[0]) == {"n": 0}  # the oldest was let go
    assert parsed == [*texts, texts[0]]
    assert len(spec_refs._PARSED) == spec_refs._PARSED_KEPT


def test_a_text_that_is_not_yaml_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(SpecError, match="not valid YAML"):
            load_spec_text("a: [unclosed\n", "broken.yaml")
    with pytest.raises(SpecError, match="not an OpenAPI document"):
        load_spec_text("- a list\n", "list.yaml")


def test_the_spec_dumped_reads_back_as_the_same_tree_with_the_options_kept() -> None:
    spec = safe_load(SPEC.read_text(encoding="utf-8"))
    text = spec_refs.safe_dump(spec, sort_keys=False)
    assert yaml.safe_load(text) == spec
    assert text.startswith("openapi:")  # sort_keys=False: the document's own order, not "components"
    assert spec_refs.safe_dump({"b": 1, "a": 2}) == "a: 2\nb: 1\n" == yaml.safe_dump({"b": 1, "a": 2})
    with pytest.raises(yaml.representer.RepresenterError):
        spec_refs.safe_dump({"not plain data": object()})  # safe: no Python objects written
