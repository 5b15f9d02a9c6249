"""``--partner API_KEY:COMPANY_ID:SSO_SALT:SSO_KEY`` on the command line and in the environment:
the old two-part form keeps working, the SSO link works, and no secret is ever printed."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from clubcollect_mock.cli import _partner_fields, build_parser

from .test_cli import ROOT, _stop, running

COMPANY = secrets.token_hex(20)


def _secret(label: str) -> str:
    return f"canary-{label}-{secrets.token_hex(8)}"


def _good_link(root: str, company: str, salt: str, key: str) -> bool:
    """True when a link dated by any day near now is taken (the run may straddle midnight)."""
    now = datetime.now(UTC)
    with httpx.Client(base_url=root, trust_env=False, timeout=10) as web:
        for day in (now.date(), (now - timedelta(hours=1)).date()):
            signature = hashlib.sha256(f"{day:%Y%m%d}{company}{salt}{key}".encode()).hexdigest()
            answer = web.get("/treasurer/sso", params={"company_uuid": company, "signature": signature})
            if answer.status_code == 200:
                return True
    return False


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"key:{COMPANY}", ("key", COMPANY, None, None)),
        (f"key:with:colons:{COMPANY}", ("key:with:colons", COMPANY, None, None)),
        (f"key:{COMPANY}:salt:sso", ("key", COMPANY, "salt", "sso")),
        (f"key:with:colons:{COMPANY}:salt:sso", ("key:with:colons", COMPANY, "salt", "sso")),
        # An SSO key that looks like a company id is still read as the SSO key.
        (f"key:{COMPANY}:salt:{'f' * 40}", ("key", COMPANY, "salt", "f" * 40)),
    ],
    ids=["short", "short-key-with-colons", "long", "long-key-with-colons", "sso-key-like-an-id"],
)
def test_partner_values_are_split_around_the_company_id(
    value: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert _partner_fields(value) == expected


@pytest.mark.parametrize(
    "value",
    [f"KEY:{COMPANY}:SALT", f"KEY:{COMPANY}::", "KEY:not-a-company:SALT:SSO", "just-a-key"],
    ids=["salt-without-key", "empty-salt-and-key", "bad-company", "no-company"],
)
def test_bad_partner_values_are_refused_without_echoing_them(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _secret("key")
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["--partner", value.replace("KEY", secret).replace("SALT", secret)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--partner" in err and secret not in err


def test_cli_seeds_a_partner_with_sso_and_prints_no_secret() -> None:
    key, salt, sso_key = _secret("api"), _secret("salt"), _secret("sso")
    with running("--partner", f"{key}:{COMPANY}:{salt}:{sso_key}") as (process, base, lines):
        root = base.removesuffix("/api/v2")
        assert process.stdout is not None
        lines.append(process.stdout.readline())  # the line after the base URL
        assert _good_link(root, COMPANY, salt, sso_key)
        assert not _good_link(root, COMPANY, salt, "not-" + sso_key)
        with httpx.Client(base_url=base, headers={"Authorization": f"ApiKey {key}"}, trust_env=False) as api:
            assert api.get(f"/companies/{COMPANY}").status_code == 200
        out, err = _stop(process)
    shown = "".join(lines) + out + err
    assert f"Inspector (HTML view of the state): {root}/_mock/" in shown
    assert key not in shown and salt not in shown and sso_key not in shown


def test_cli_takes_sso_partners_from_the_environment() -> None:
    key, salt, sso_key = _secret("api"), _secret("salt"), _secret("sso")
    plain_key, plain_company = _secret("plain"), secrets.token_hex(20)
    value = f"{key}:{COMPANY}:{salt}:{sso_key} {plain_key}:{plain_company}"
    with running(env_extra={"CLUBCOLLECT_MOCK_PARTNERS": value}) as (process, base, lines):
        root = base.removesuffix("/api/v2")
        command_line = Path(f"/proc/{process.pid}/cmdline").read_bytes().decode()
        assert _good_link(root, COMPANY, salt, sso_key)
        with httpx.Client(base_url=root, trust_env=False) as web:
            overview = web.get("/_mock/").text
        out, err = _stop(process)
    assert COMPANY in overview and plain_company in overview
    shown = command_line + "".join(lines) + out + err + overview
    assert not any(secret in shown for secret in (key, salt, sso_key, plain_key))


def test_cli_refuses_a_salt_without_its_key_in_the_environment() -> None:
    secret = _secret("salt")
    result = subprocess.run(
        [sys.executable, "-m", "clubcollect_mock"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CLUBCOLLECT_MOCK_PARTNERS": f"k:{COMPANY}:{secret}"},
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "SSO salt needs its SSO key" in result.stderr
    assert secret not in result.stdout + result.stderr
