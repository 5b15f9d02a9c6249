"""Command line: ``python -m clubcollect_mock``. Never prints a key given with ``--partner``."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from types import FrameType

import uvicorn

from clubcollect_mock.app import create_app
from clubcollect_mock.config import ID_PATTERN, FaultConfig, Partner
from clubcollect_mock.faults import API_PREFIX
from clubcollect_mock.ids import new_id
from clubcollect_mock.request_log import LOG_FORMATS
from clubcollect_mock.serving import DEFAULT_REQUEST_TIMEOUT, MockServerConfig

PARTNER_FORMS = "API_KEY:COMPANY_ID or API_KEY:COMPANY_ID:SSO_SALT:SSO_KEY"


def _partner_fields(text: str) -> tuple[str, str, str | None, str | None]:
    """Split a ``--partner`` value. The company id (40 hex characters) anchors the split: an API
    key may contain ``:``, the SSO salt and key may not. With four or more parts whose third from
    last is a company id, the value is read as the long form."""
    parts = text.split(":")
    if len(parts) >= 4 and ID_PATTERN.fullmatch(parts[-3]):
        return ":".join(parts[:-3]), parts[-3], parts[-2], parts[-1]
    if len(parts) >= 3 and ID_PATTERN.fullmatch(parts[-2]) and not ID_PATTERN.fullmatch(parts[-1]):
        raise ValueError("an SSO salt needs its SSO key: expected " + PARTNER_FORMS)
    api_key, sep, company_id = text.rpartition(":")
    if not sep:
        raise ValueError("expected " + PARTNER_FORMS)
    return api_key, company_id, None, None


def _partner(text: str) -> Partner:
    try:
        return Partner(*_partner_fields(text))
    except ValueError as exc:
        # Only our own message: argparse would otherwise echo the value, keys included.
        raise argparse.ArgumentTypeError(str(exc)) from None


PARTNERS_ENV = "CLUBCOLLECT_MOCK_PARTNERS"


def partners_from_env(environ: Mapping[str, str]) -> list[Partner]:
    """Partners from ``CLUBCOLLECT_MOCK_PARTNERS``: ``--partner`` values separated by
    whitespace. A command line shows in ``ps`` to every user of the machine; the environment
    does not."""
    return [_partner(entry) for entry in environ.get(PARTNERS_ENV, "").split()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m clubcollect_mock",
        description="Serve a stateful local ClubCollect partner API v2 under /api/v2 "
        "(test control under /_mock/).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument(
        "--partner", action="append", type=_partner, default=[],
        metavar="API_KEY:COMPANY_ID[:SSO_SALT:SSO_KEY]",
        help="seed a partner owning one company (repeatable); default: one random demo partner. "
        "SSO_SALT and SSO_KEY enable its treasurer SSO link (/treasurer/sso). "
        f"{PARTNERS_ENV} takes the same values, separated by whitespace, and keeps keys out of "
        "process listings",
    )  # fmt: skip
    parser.add_argument("--state", metavar="FILE", help="SQLite file that keeps the state across restarts")
    parser.add_argument("--notify-url", metavar="URL", help="where change notifications are POSTed")
    parser.add_argument("--notify-interval", type=float, default=600.0, metavar="SECONDS")
    parser.add_argument(
        "--log-format", choices=[*LOG_FORMATS, "off"], default="text",
        help="one line per request on standard error (method, path, status, error code, duration, "
        "reason; never the key), as text or JSON; off logs nothing (default: text)",
    )  # fmt: skip
    parser.add_argument(
        "--request-timeout", type=float, default=DEFAULT_REQUEST_TIMEOUT, metavar="SECONDS",
        help="a request must arrive whole (headers and body) within this time, else it is answered "
        f"408 and its connection closed (default: {DEFAULT_REQUEST_TIMEOUT:g})",
    )  # fmt: skip
    faults = parser.add_argument_group("fault injection (/api/v2 only; also settable via PUT /_mock/faults)")
    faults.add_argument("--latency-ms", type=int, default=0, metavar="N", help="delay every API request")
    faults.add_argument("--error-rate", type=float, default=0.0, metavar="F", help="share that fails")
    faults.add_argument("--error-status", type=int, default=503, metavar="STATUS", help="5xx of failures")
    faults.add_argument("--throttle-rate", type=float, default=0.0, metavar="F", help="share answered 429")
    faults.add_argument("--retry-after", type=int, default=1, metavar="SECONDS", help="Retry-After of a 429")
    return parser


class _AnnouncingServer(uvicorn.Server):
    """Prints the base URL once the socket is bound (so ``--port 0`` shows the real port)."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.should_exit:
            return
        host, port = self.servers[0].sockets[0].getsockname()[:2]
        if ":" in host:
            host = f"[{host}]"
        print(f"ClubCollect mock serving http://{host}:{port}{API_PREFIX}", flush=True)
        print(f"Inspector (HTML view of the state): http://{host}:{port}/_mock/", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        faults = FaultConfig(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            error_status=args.error_status,
            throttle_rate=args.throttle_rate,
            retry_after=args.retry_after,
        )
    except ValueError as exc:
        parser.error(str(exc))
    try:
        partners: list[Partner] = [*args.partner, *partners_from_env(os.environ)]
    except argparse.ArgumentTypeError as exc:
        parser.error(f"{PARTNERS_ENV}: {exc}")
    if not partners:
        demo = Partner(new_id(), new_id())
        partners = [demo]
        # This key was made up here, so showing it is safe and needed.
        print(f"demo partner api_key={demo.api_key} company_id={demo.company_id}", flush=True)
    try:
        app = create_app(
            partners,
            state_path=args.state,
            notify_url=args.notify_url,
            notify_interval=args.notify_interval,
            faults=faults,
            log_format=None if args.log_format == "off" else args.log_format,
        )
        # No uvicorn access log: the request log above replaces it and, unlike it, redacts the
        # deprecated query key.
        config = MockServerConfig(
            app,
            host=args.host,
            port=args.port,
            access_log=False,
            log_level="warning",
            request_timeout=args.request_timeout,
        )
    except ValueError as exc:
        parser.error(str(exc))
    except sqlite3.Error as exc:
        parser.error(f"cannot use the state file: {exc}")
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # handlers below restored: turn both into a quiet exit with status 0.
    signal.signal(signal.SIGTERM, _exit_quietly)
    with contextlib.suppress(KeyboardInterrupt):
        _AnnouncingServer(config).run()
    return 0


def _exit_quietly(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


if __name__ == "__main__":
    sys.exit(main())
