"""The command line: starts, prints the base URL, never prints a given key, stops on SIGTERM."""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
URL_LINE = re.compile(r"ClubCollect mock serving (http://127\.0\.0\.1:\d+/api/v2)")


@contextmanager
def running(
    *args: str, env_extra: dict[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen[str], str, list[str]]]:
    """The CLI as a subprocess on a free port: (process, base URL, stdout lines read so far)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", **(env_extra or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "clubcollect_mock", "--host", "127.0.0.1", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            match = URL_LINE.search(line)
            if match:
                yield process, match.group(1), lines
                break
        else:
            pytest.fail("CLI exited before serving: " + "".join(lines))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def _stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    return out, err


def test_cli_serves_hides_key_and_stops_on_sigterm(tmp_path: Path) -> None:
    key, company = secrets.token_hex(20), secrets.token_hex(20)
    state = str(tmp_path / "cli.sqlite3")
    with running("--partner", f"{key}:{company}", "--state", state) as (process, base, lines):
        with httpx.Client(base_url=base, headers={"Authorization": f"ApiKey {key}"}, trust_env=False) as api:
            assert api.get(f"/companies/{company}").status_code == 200
            assert api.get(f"/companies/{company}", params={"api_key": key}).status_code == 200
            import_id = api.post("/imports", json={"company_id": company}).json()["import_id"]
        out, err = _stop(process)
    assert key not in "".join(lines) + out + err
    with (
        running("--partner", f"{key}:{company}", "--state", state) as (process, base, _),
        httpx.Client(base_url=base, headers={"Authorization": f"ApiKey {key}"}, trust_env=False) as api,
    ):
        assert api.get(f"/imports/{import_id}").status_code == 200
        _stop(process)


def test_cli_without_partner_prints_a_working_demo_key() -> None:
    with running() as (process, base, lines):
        demo = re.search(r"api_key=([0-9a-f]{40}) company_id=([0-9a-f]{40})", "".join(lines))
        assert demo is not None
        api_key, company = demo.groups()
        with httpx.Client(
            base_url=base, headers={"Authorization": f"ApiKey {api_key}"}, trust_env=False
        ) as api:
            assert api.get(f"/companies/{company}").status_code == 200
        _stop(process)


def test_cli_faults_from_flags() -> None:
    with running("--throttle-rate", "1", "--retry-after", "9") as (process, base, _):
        with httpx.Client(base_url=base, trust_env=False) as api:
            response = api.get("/companies/" + "0" * 40)
            assert (response.status_code, response.headers["retry-after"]) == (429, "9")
        _stop(process)


def test_cli_bad_partner_value_does_not_echo_the_key() -> None:
    secret = "s3cret-" + secrets.token_hex(8)
    result = subprocess.run(
        [sys.executable, "-m", "clubcollect_mock", "--partner", f"{secret}:not-a-company-id"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "company id" in result.stderr
    assert secret not in result.stdout + result.stderr


def test_cli_notifies_the_given_url_on_its_interval() -> None:
    from .conftest import invoice_body
    from .receiver import receiving

    key, company = secrets.token_hex(20), secrets.token_hex(20)
    with (
        receiving() as receiver,
        running(
            "--partner", f"{key}:{company}", "--notify-url", receiver.url, "--notify-interval", "0.2"
        ) as (process, base, _),
    ):
        root = base.removesuffix("/api/v2")
        with httpx.Client(base_url=base, headers={"Authorization": f"ApiKey {key}"}, trust_env=False) as api:
            import_id = api.post("/imports", json={"company_id": company}).json()["import_id"]
            invoice_id = api.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"]
        httpx.post(
            f"{root}/_mock/invoices/{invoice_id}/fees",
            json={"kind": "installment", "amount_cents": 1},
            trust_env=False,
        ).raise_for_status()
        deadline = time.monotonic() + 10
        while not receiver.bodies and time.monotonic() < deadline:
            time.sleep(0.05)
        _stop(process)
    assert receiver.bodies[0] == {"api_key": key, "invoice_ids": [invoice_id], "import_ids": []}


def test_cli_unusable_state_file_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clubcollect_mock", "--state", str(tmp_path / "missing" / "state.sqlite3")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "cannot use the state file" in result.stderr


def test_cli_partners_from_the_environment_stay_out_of_the_process_listing() -> None:
    pairs = [(secrets.token_hex(20), secrets.token_hex(20)) for _ in range(2)]
    value = "\n".join(f"{key}:{company}" for key, company in pairs)
    with running(env_extra={"CLUBCOLLECT_MOCK_PARTNERS": value}) as (process, base, lines):
        command_line = Path(f"/proc/{process.pid}/cmdline").read_bytes().decode()
        for key, company in pairs:
            with httpx.Client(
                base_url=base, headers={"Authorization": f"ApiKey {key}"}, trust_env=False
            ) as api:
                assert api.get(f"/companies/{company}").status_code == 200
        out, err = _stop(process)
    shown = command_line + "".join(lines) + out + err
    assert "demo partner" not in shown  # the given partners replace the demo one
    assert not any(key in shown for key, _ in pairs)


def test_cli_bad_partner_in_the_environment_does_not_echo_the_key() -> None:
    secret = "s3cret-" + secrets.token_hex(8)
    result = subprocess.run(
        [sys.executable, "-m", "clubcollect_mock"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CLUBCOLLECT_MOCK_PARTNERS": f"{secret}-no-company"},
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "CLUBCOLLECT_MOCK_PARTNERS" in result.stderr
    assert secret not in result.stdout + result.stderr
