"""The README's client examples run, as written, against the mock (the facade's is also type-checked:
tests/client/test_typed_integration.py)."""

from __future__ import annotations

import ast
import contextlib
import io
import re
import secrets
from pathlib import Path

import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

README = Path(__file__).parents[1] / "README.md"
EXAMPLE_URL = "http://127.0.0.1:8080/api/v2"


def section(heading: str) -> str:
    """The README's text under ``heading`` (a line of its own), up to the next heading of its level."""
    level = heading.split(" ", 1)[0]
    text = README.read_text(encoding="utf-8")
    assert f"\n{heading}\n" in text, f"the README lost its section {heading!r}"
    return text.split(f"\n{heading}\n", 1)[1].split(f"\n{level} ", 1)[0]


def first_python_block(text: str) -> str:
    match = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert match, "the section lost its example"
    return match.group(1)


def client_examples() -> list[str]:
    """The facade's example (the first of "Use the SDK") and the low-level layer's."""
    return [
        first_python_block(section("## Use the SDK")),
        first_python_block(section("### The low-level layer")),
    ]


def facade_example() -> str:
    return client_examples()[0]


def test_the_readme_leads_with_the_facade() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.index("## Use the SDK") < text.index("### The low-level layer")
    assert "from clubcollect_client import ClubCollect" in facade_example()


def test_the_readme_is_by_audience_each_section_opening_with_its_install_line() -> None:
    text = README.read_text(encoding="utf-8")
    install_lines = {
        "## Use the SDK": "pip install clubcollect-client",
        "## Use the mock in your tests": "pip install clubcollect-mock clubcollect-client",
        "## Check the sandbox in CI": "pip install clubcollect-toolkit",
        "## Maintain the spec and client": "git clone",
    }
    positions = [text.index(f"\n{heading}\n") for heading in install_lines]
    assert positions == sorted(positions), "the audiences' sections are out of order"
    assert text.index("## The two commands") < positions[0], "the two commands must stay first"
    for heading, line in install_lines.items():
        opening = section(heading).lstrip("\n")
        assert opening.startswith(f"```sh\n{line}"), f"{heading} must open with {line!r}"


def test_readme_facade_example_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    api_key, company_id = secrets.token_hex(20), secrets.token_hex(20)
    with serve(create_app([Partner(api_key=api_key, company_id=company_id)])) as root:
        monkeypatch.setenv("CLUBCOLLECT_API_KEY", api_key)
        monkeypatch.setenv("CLUBCOLLECT_BASE_URL", f"{root}/api/v2")
        monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", company_id)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(facade_example(), "README.md", "exec"), {"__name__": "readme"})
    total, listed = printed.getvalue().splitlines()
    assert total == "12500"
    import_id, transmitted = listed.split()
    assert len(import_id) == 40 and transmitted == "False"


def test_readme_low_level_example_runs_against_the_mock() -> None:
    code = client_examples()[1]
    assert EXAMPLE_URL in code
    api_key, company_id = secrets.token_hex(20), secrets.token_hex(20)
    with serve(create_app([Partner(api_key=api_key, company_id=company_id)])) as root:
        printed = io.StringIO()
        namespace = {"api_key": api_key, "company_id": company_id}
        with contextlib.redirect_stdout(printed):
            exec(compile(code.replace(EXAMPLE_URL, f"{root}/api/v2"), "README.md", "exec"), namespace)
    total, invoice_ids = printed.getvalue().splitlines()
    assert total == "12500"
    assert len(ast.literal_eval(invoice_ids)) == 1
