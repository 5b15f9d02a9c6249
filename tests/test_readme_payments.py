"""The README's "Taking a payment" example runs, as written, against the mock."""

from __future__ import annotations

import contextlib
import io
import re
import secrets
from pathlib import Path
from typing import Any

import httpx

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

README = Path(__file__).parents[1] / "README.md"
PRODUCTION = "https://app.clubcollect.com/api/v2"


def payment_example() -> str:
    section = README.read_text(encoding="utf-8").split("\n### Taking a payment\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README lost its payment example"
    return match.group(1)


def test_readme_payment_example_runs_against_the_mock() -> None:
    code = payment_example()
    assert PRODUCTION in code
    api_key, company_id = secrets.token_hex(20), secrets.token_hex(20)
    with serve(create_app([Partner(api_key=api_key, company_id=company_id)])) as root:
        namespace: dict[str, Any] = {"api_key": api_key, "company_id": company_id}
        exec(compile(code.replace(PRODUCTION, f"{root}/api/v2"), "README.md", "exec"), namespace)
        with httpx.Client(trust_env=False, timeout=10) as browser:  # the payee's browser
            checkout = browser.get(namespace["url"]).headers["location"]
            back = browser.post(checkout, data={"payment_result": "authorized"}).headers["location"]
        assert back.startswith("https://shop.example/paid?order=42&")
        assert namespace["on_return"](back) == "paid"
        assert namespace["on_return"](back.replace("authorized", "refused")) == "ignored"
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            namespace["catch_up"]()
        namespace["cc"].close()
    assert printed.getvalue() == "order-42-attempt-1 authorized\n"
