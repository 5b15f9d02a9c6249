"""A stand-in for nox's session, for tests that call the noxfile's session functions directly.

It records each command and its environment instead of running it; a command that makes a virtual
environment (``uv venv``, ``python -m venv``) leaves the interpreter file the real one would, in
``noxfile.PROJECT_ENV`` (which the tests point at a temporary folder).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import noxfile


class SessionStopped(Exception):
    """What nox's ``session.error`` does: stop the session with a message."""


@dataclass
class RecordingSession:
    posargs: list[str] = field(default_factory=list)
    commands: list[tuple[str, ...]] = field(default_factory=list)
    environments: list[dict[str, str]] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)

    def error(self, message: str) -> None:
        raise SessionStopped(message)

    def log(self, message: str) -> None:
        self.logged.append(message)

    def run(self, *args: Any, env: dict[str, str] | None = None, **_: object) -> None:
        command = tuple(str(arg) for arg in args)
        self.commands.append(command)
        self.environments.append(env or {})
        if "venv" in command:
            (noxfile.PROJECT_ENV / "bin").mkdir(parents=True, exist_ok=True)
            (noxfile.PROJECT_ENV / "bin" / "python").write_text("")
