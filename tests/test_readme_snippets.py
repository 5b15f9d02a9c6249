"""Every python snippet of the READMEs a user reads passes ``mypy --strict``, as written.

The READMEs are the root one and each distribution's (every folder with a ``pyproject.toml``).
Each ``python`` block becomes a module of its own; one mypy run checks them all (mypy starts
slowly) and every error is reported at its README line. A snippet may use the names of
``GIVEN`` without defining them, as the prose around it says (your key, your company id); each
module declares them, typed, at the top.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[1]
GIVEN = ("api_key: str", "company_id: str")
SNIPPET = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Snippet:
    readme: Path
    line: int  # the README line of the snippet's first line of code
    code: str

    @property
    def where(self) -> str:
        return f"{self.readme.relative_to(ROOT).as_posix()}:{self.line}"


def readmes() -> list[Path]:
    found = [ROOT / "README.md"]
    for pyproject in sorted(ROOT.glob("*/pyproject.toml")):
        readme = pyproject.parent / "README.md"
        if readme.is_file():
            found.append(readme)
    return found


def snippets(readme: Path) -> list[Snippet]:
    text = readme.read_text(encoding="utf-8")
    return [
        Snippet(readme, text.count("\n", 0, match.start(1)) + 1, match.group(1))
        for match in SNIPPET.finditer(text)
    ]


def every_snippet() -> list[Snippet]:
    return [snippet for readme in readmes() for snippet in snippets(readme)]


def test_the_readmes_have_snippets_to_check() -> None:
    found = every_snippet()
    # The root README shows the facade, the low-level layer and a payment at least.
    assert sum(s.readme == ROOT / "README.md" for s in found) >= 3
    assert any(s.readme == ROOT / "generated_client" / "README.md" for s in found)


def test_every_readme_snippet_passes_mypy_strict(tmp_path: Path) -> None:
    preamble = "# Names the README gives in prose.\n" + "\n".join(GIVEN) + "\n"
    offset = preamble.count("\n")
    modules: dict[str, Snippet] = {}
    for number, snippet in enumerate(every_snippet(), start=1):
        path = tmp_path / f"snippet_{number:02d}.py"
        path.write_text(preamble + snippet.code, encoding="utf-8")
        modules[path.name] = snippet
    # Incremental, with the repository's .mypy_cache (as tests/client/test_typed_integration.py):
    # the client, httpx and attrs checked by the run before are read back from it, not checked
    # again (about 9 of its 11 s); the snippets are new files and are checked each time.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            *map(str, sorted(tmp_path.glob("*.py"))),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    problems = []
    for line in result.stdout.splitlines():
        match = re.match(r".*?(snippet_\d+\.py):(\d+): (.*)", line)
        if match is None:
            problems.append(line)
            continue
        snippet = modules[match.group(1)]
        readme_line = snippet.line + int(match.group(2)) - offset - 1
        problems.append(f"{snippet.readme.relative_to(ROOT).as_posix()}:{readme_line}: {match.group(3)}")
    assert result.returncode == 0, "\n".join(problems) + result.stderr
