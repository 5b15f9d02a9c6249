"""The per-request log: one line per request, text or JSON, never the key."""

from __future__ import annotations

import asyncio
import io
import json
import re
import secrets
import signal
import time
from typing import Any

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.request_log import redacted_query
from clubcollect_mock.testing import serve_in_thread

from .test_cli import running

TEXT_LINE = re.compile(
    r"(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) "
    r"(?P<error>\S+) (?P<ms>\d+\.\d\d)ms(?: (?P<reason>.+))?"
)


def _traffic(root: str, key: str, company_id: str) -> None:
    """An accepted call, a refused one with a reason, and the key in both places it can travel."""
    with httpx.Client(base_url=root + "/api/v2", trust_env=False) as api:
        auth = {"Authorization": f"ApiKey {key}"}
        assert api.get(f"/companies/{company_id}", headers=auth).status_code == 200
        refused = api.post("/imports", json={"company_id": company_id, "title": 5}, headers=auth)
        assert refused.status_code == 422
        assert api.get(f"/companies/{company_id}", params={"api_key": key, "x": "1"}).status_code == 200
        assert api.get(f"/companies/{company_id}", params={"api_key": "wrong-" + key}).status_code == 401
        assert api.get("/nowhere", headers={"Authorization": f"ApiKey {key}/{key}"}).status_code == 404


def _served_log(log_format: str) -> tuple[str, str]:
    key, company_id = "canary-" + secrets.token_hex(16), secrets.token_hex(20)
    stream = io.StringIO()
    app = create_app([Partner(key, company_id)], log_format=log_format, log_stream=stream)  # type: ignore[arg-type]
    with serve_in_thread(app) as root:
        _traffic(root, key, company_id)
    # Leaving the block shut the server down, which writes what is still pending.
    return stream.getvalue(), key


def test_text_log_has_one_line_per_request_and_no_key() -> None:
    log, key = _served_log("text")
    assert key not in log
    lines = [TEXT_LINE.fullmatch(line) for line in log.splitlines()]
    assert all(lines), log
    rows = [match.groupdict() for match in lines if match]
    assert [(row["method"], row["status"], row["error"]) for row in rows] == [
        ("GET", "200", "-"),
        ("POST", "422", "invalid_request"),
        ("GET", "200", "-"),
        ("GET", "401", "unauthorized"),
        ("GET", "404", "not_found"),
    ]
    assert rows[0]["reason"] is None
    assert rows[1]["reason"] == "title: expected a string, got an integer"
    assert rows[2]["path"].endswith("?api_key=[redacted]&x=1")
    assert rows[3]["reason"] == "the api_key query parameter names no partner"
    assert rows[4]["path"] == "/api/v2/nowhere"


def test_json_log_has_the_same_fields() -> None:
    log, key = _served_log("json")
    assert key not in log
    records: list[dict[str, Any]] = [json.loads(line) for line in log.splitlines()]
    assert [set(record) for record in records] == [
        {"time", "method", "path", "status", "error", "reason", "duration_ms"}
    ] * 5
    assert records[1]["status"] == 422 and records[1]["error"] == "invalid_request"
    assert records[1]["reason"] == "title: expected a string, got an integer"
    assert records[0]["error"] is None and records[0]["reason"] is None
    assert all(record["duration_ms"] >= 0 for record in records)


def test_a_key_inside_the_path_is_cut_out() -> None:
    log, key = _served_log("text")
    nowhere = log.splitlines()[4]
    assert "/nowhere" in nowhere and key not in nowhere


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (b"api_key=abc&page=2", "api_key=[redacted]&page=2"),
        (b"API_KEY=abc", "API_KEY=[redacted]"),
        (b"api%5Fkey=abc", "api%5Fkey=[redacted]"),
        (b"page=2", "page=2"),
    ],
)
def test_the_query_key_is_redacted_in_every_spelling(query: bytes, expected: str) -> None:
    assert redacted_query(query) == expected


def test_the_command_logs_json_to_stderr_without_the_key() -> None:
    key, company_id = "canary-" + secrets.token_hex(16), secrets.token_hex(20)
    partners = {"CLUBCOLLECT_MOCK_PARTNERS": f"{key}:{company_id}"}
    with running("--log-format", "json", env_extra=partners) as (process, base, _):
        _traffic(base.removesuffix("/api/v2"), key, company_id)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert key not in out + err
    records = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert [record["status"] for record in records] == [200, 422, 200, 401, 404]
    # uvicorn's access log stays off: no second line per request.
    assert len(err.splitlines()) == len(records), err


def test_the_command_can_log_nothing() -> None:
    with running("--log-format", "off") as (process, base, _):
        with httpx.Client(trust_env=False) as plain:
            assert plain.get(base + "/nowhere").status_code == 404
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert err == ""


def test_lines_keep_coming_after_the_app_changes_event_loops() -> None:
    """Called in-process on one loop (as the benchmarks seed data), then served on another."""
    stream = io.StringIO()
    app = create_app(
        [Partner(secrets.token_hex(20), secrets.token_hex(20))], log_format="text", log_stream=stream
    )

    async def call_in_process() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            assert (await client.get("/first")).status_code == 404

    asyncio.run(call_in_process())  # its loop ends before the batch's flush is due
    with serve_in_thread(app) as root, httpx.Client(trust_env=False) as plain:
        assert plain.get(root + "/second").status_code == 404
        deadline = time.monotonic() + 30  # generous: a flush is due 0.1 s after the request
        while "/second" not in stream.getvalue():
            assert time.monotonic() < deadline, "the served request was never written"
            time.sleep(0.02)
    assert "/first" in stream.getvalue()
