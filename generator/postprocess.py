"""Post-hooks of the generator (declared in generator/config.yaml), run inside the output folder.

``carry-handwritten`` copies the hand-written runtime into the package; ``embed-schemas`` writes
the response schemas the runtime reader checks bodies against (generator/response_schemas.py);
``add-headers`` marks every file as generated. All are deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from .response_schemas import write as write_response_schemas

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "clubcollect_client"
RUNTIME_SOURCE = REPO_ROOT / "client_runtime"
ADDONS_SOURCE = REPO_ROOT / "client_addons"
REGEN_COMMAND = "python -m generator regen"

GENERATED_NOTE = f"Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: {REGEN_COMMAND}"


def copied_note(source: str) -> str:
    return f"Copied from {source}, do not edit here. Regenerate: {REGEN_COMMAND}"


def _python_sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.py") if p.is_file())


def carry_handwritten(out_dir: Path) -> None:
    """Copy client_runtime/ to <package>/runtime/ and client_addons/*.py to <package>/."""
    package = out_dir / PACKAGE
    runtime = package / "runtime"
    shutil.rmtree(runtime, ignore_errors=True)
    runtime.mkdir(parents=True)
    for source in _python_sources(RUNTIME_SOURCE):
        shutil.copyfile(source, runtime / source.name)
    if ADDONS_SOURCE.is_dir():
        for source in _python_sources(ADDONS_SOURCE):
            if source.name != "__init__.py":
                shutil.copyfile(source, package / source.name)


def _header_for(path: Path, package: Path) -> str:
    rel = path.relative_to(package) if path.is_relative_to(package) else None
    if rel is not None and rel.parts[0] == "runtime":
        return copied_note(f"client_runtime/{rel.name}")
    if rel is not None and (ADDONS_SOURCE / rel.name).is_file() and len(rel.parts) == 1:
        return copied_note(f"client_addons/{rel.name}")
    return GENERATED_NOTE


def _with_header(text: str, note: str, suffix: str) -> str:
    line = f"<!-- {note} -->\n" if suffix == ".md" else f"# {note}\n"
    if text.startswith(line):
        return text
    return line + text


def add_headers(out_dir: Path) -> None:
    """Prefix every text file with a one-line "do not edit" note in its comment syntax."""
    package = out_dir / PACKAGE
    for path in sorted(out_dir.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if path.suffix not in {".py", ".md", ".toml", ".typed"} and path.name != ".gitignore":
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(_with_header(text, _header_for(path, package), path.suffix), encoding="utf-8")


def embed_schemas(out_dir: Path) -> None:
    """Write <package>/response_schemas.py from the full spec (tolerated forms included)."""
    write_response_schemas(REPO_ROOT / "openapi" / "clubcollect-v2.yaml", out_dir / PACKAGE)


ACTIONS = {"carry-handwritten": carry_handwritten, "embed-schemas": embed_schemas, "add-headers": add_headers}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ACTIONS:
        print(f"usage: python -m generator.postprocess {{{','.join(ACTIONS)}}}", file=sys.stderr)
        return 2
    ACTIONS[argv[0]](Path.cwd())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
