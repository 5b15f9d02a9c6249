"""A fresh app routes exactly the spec's operations: every API path, each with its methods, each
to a handler that answers.

The tests that call the API go through the session's shared app, built once; these build their
own, so that a path, a method or a handler changed in a route table (api/*.py ``routes()``) shows
here whichever other test happened to build the shared app.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from starlette.routing import Route
from yaml import safe_load

from clubcollect_mock import Partner, create_app
from clubcollect_mock.faults import API_PREFIX
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> set[tuple[str, str]]:
    paths = safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    return {
        (method.upper(), path) for path, item in paths.items() for method in HTTP_METHODS if method in item
    }


KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


def served_operations() -> set[tuple[str, str]]:
    app = create_app([Partner(KEY, COMPANY)])
    served = set()
    for route in app.routes:
        if isinstance(route, Route) and route.path.startswith(API_PREFIX + "/"):
            # Starlette adds HEAD to every GET route by itself.
            served |= {(method, route.path.removeprefix(API_PREFIX)) for method in route.methods or ()}
    return served - {(method, path) for method, path in served if method == "HEAD"}


def test_the_api_routes_are_the_specs_operations() -> None:
    served, documented = served_operations(), spec_operations()
    assert served == documented, (
        f"served, not in the spec: {sorted(served - documented)}; "
        f"in the spec, not served: {sorted(documented - served)}"
    )


def test_each_operation_reaches_a_handler_that_answers() -> None:
    # Well-formed ids nobody has: each handler answers with a refusal of its own (4xx), or follows
    # a payment link (302); a call no route takes is the router's 404 ("no route ..."), and a route
    # without a working handler answers 405 or 500. One app for all the calls, built here: a
    # fixture's app would be linked to one test only (see the docstring).
    broken = []
    with serve(create_app([Partner(KEY, COMPANY)])) as root, client(root + API_PREFIX) as api:
        for method, path in sorted(spec_operations()):
            concrete = re.sub(r"\{[a-z_]+\}", lambda _: secrets.token_hex(20), path)
            answer = api.request(
                method,
                concrete,
                headers={"Authorization": f"ApiKey {KEY}"},
                json={} if method in ("POST", "PUT") else None,
            )
            unrouted = answer.headers.get("x-mock-reason", "").startswith("no route")
            if answer.status_code == 405 or answer.status_code >= 500 or unrouted:
                broken.append((method, path, answer.status_code, answer.text[:200]))
    assert broken == []
