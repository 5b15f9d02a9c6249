"""Run nox from a clone with nothing but python3: ``python3 tools/run_nox.py [nox arguments]``.

It makes .venv-nox (once, and again when the pins of nox or uv in constraints.txt change), puts
nox and uv in it at the versions constraints.txt pins, and hands over to nox.

Why not ``python3 -m venv .venv-nox && .venv-nox/bin/pip install nox uv``, which it replaces in
the README: ``venv`` installs pip through ensurepip, which byte-compiles all of pip (6 s of CPU on
the 2-core machine), and pip then resolves nox's dependencies (another 5 s). Here the venv is made
without pip, the pip wheel Python ships for ensurepip is unpacked into it as it is (pip compiles
only what it imports), pip installs uv alone, and uv installs nox: 5 s instead of 12, before each
README command. A Python whose ensurepip ships no wheel (some distributions move them) gets the
usual ``venv`` with pip. ``CLUBCOLLECT_NOX_VENV`` puts the environment elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
TOOLS = ("nox", "uv")


def environment_dir() -> Path:
    # Absolute: main() moves to the repository before it hands over to the environment's nox.
    return Path(os.environ.get("CLUBCOLLECT_NOX_VENV") or ROOT / ".venv-nox").resolve()


def pins(constraints: str) -> list[str]:
    """The ``name==version`` lines of the tools in constraints.txt (what decides the environment)."""
    wanted = re.compile(rf"^({'|'.join(TOOLS)})==\S+$")
    return sorted(line.strip() for line in constraints.splitlines() if wanted.match(line.strip()))


def stamp(constraints: str) -> str:
    """What an environment was made from: this Python's version and the tools' pins."""
    text = sys.version + "\n" + "\n".join(pins(constraints))
    return hashlib.sha256(text.encode()).hexdigest()


def bundled_pip_wheel() -> Path | None:
    """The pip wheel this Python's ensurepip carries, if it carries one."""
    try:
        import ensurepip
    except ImportError:  # some distributions leave ensurepip out
        return None
    wheels = sorted(Path(ensurepip.__file__).parent.glob("_bundled/pip-*.whl"))
    return wheels[-1] if wheels else None


def python_of(env_dir: Path) -> Path:
    return env_dir / "bin" / "python"  # POSIX, as the README's commands


def venv_with_pip(env_dir: Path) -> bool:
    """A fresh virtual environment at ``env_dir`` whose ``python -m pip`` works; True when its pip
    is the bundled wheel unpacked (no byte-compiling of pip, no ``pip`` script), False when it
    came the usual way (ensurepip, for a Python that ships no wheel)."""
    wheel = bundled_pip_wheel()
    venv.EnvBuilder(clear=True, with_pip=wheel is None).create(env_dir)
    if wheel is None:
        return False
    where = [str(python_of(env_dir)), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    purelib = subprocess.run(where, check=True, capture_output=True, text=True).stdout.strip()
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(purelib)
    return True


def make_environment(env_dir: Path) -> None:
    """A fresh environment at ``env_dir`` with nox and uv at the pinned versions."""
    python = str(python_of(env_dir))
    constraints = ("-c", str(CONSTRAINTS))
    if not venv_with_pip(env_dir):
        subprocess.run([python, "-m", "pip", "install", "-q", *constraints, *TOOLS], check=True)
        return
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-compile", *constraints, "uv"], check=True)
    uv = str(python_of(env_dir).with_name("uv"))
    subprocess.run([uv, "pip", "install", "-q", "--python", python, *constraints, "nox"], check=True)


def ensure_environment(env_dir: Path) -> bool:
    """Make the environment unless one made from the same pins is there; True when it was made."""
    record = env_dir / "installed-from.sha256"
    wanted = stamp(CONSTRAINTS.read_text(encoding="utf-8"))
    if record.is_file() and record.read_text(encoding="utf-8") == wanted and python_of(env_dir).exists():
        return False
    make_environment(env_dir)
    record.write_text(wanted, encoding="utf-8")
    return True


def main(arguments: list[str]) -> int:
    env_dir = environment_dir()
    ensure_environment(env_dir)
    nox = [str(python_of(env_dir)), "-m", "nox", *arguments]
    os.chdir(ROOT)  # nox finds noxfile.py in the current folder
    os.execv(nox[0], nox)  # nox's exit status is the command's


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
