"""A fresh app routes exactly the spec's operations: every API path, each with its methods.

The tests that call the API go through the session's shared app, built once; this one builds its
own, so that a path or a method changed in a route table (api/*.py ``routes()``) shows here
whichever other test happened to build the shared app.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from starlette.routing import Route
from yaml import safe_load

from clubcollect_mock import Partner, create_app
from clubcollect_mock.faults import API_PREFIX

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> set[tuple[str, str]]:
    paths = safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    return {
        (method.upper(), path) for path, item in paths.items() for method in HTTP_METHODS if method in item
    }


def served_operations() -> set[tuple[str, str]]:
    app = create_app([Partner(secrets.token_hex(20), secrets.token_hex(20))])
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
