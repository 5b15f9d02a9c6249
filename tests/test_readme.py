"""The README's client example runs, as written, against the mock."""

from __future__ import annotations

import ast
import contextlib
import io
import re
import secrets
from pathlib import Path

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

README = Path(__file__).parents[1] / "README.md"
EXAMPLE_URL = "http://127.0.0.1:8080/api/v2"


def client_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Using the generated client", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README lost its client example"
    return match.group(1)


def test_readme_client_example_runs_against_the_mock() -> None:
    code = client_example()
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
