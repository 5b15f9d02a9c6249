"""Where the toolkit's data files are: in a clone, or inside an installed wheel.

A clone reads them where they are edited (``openapi/``), so a change is seen at once; an
installation reads the copies the wheel ships (``clubcollect_toolkit/openapi/``, mapped from the
repository's ``openapi/`` folder by pyproject.toml). Everything else the tools read already lives
inside their own packages (``generator/drift/*.yaml``, ``contract_tests/*.yaml``, ...).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# The repository root when this file is part of a clone (editable install or plain checkout).
CLONE_ROOT = PACKAGE_DIR.parent
SPEC_NAME = "clubcollect-v2.yaml"


def in_clone() -> bool:
    """Whether the toolkit runs from a clone of its repository (not from an installed wheel)."""
    return (CLONE_ROOT / "openapi" / SPEC_NAME).is_file() and (CLONE_ROOT / "generator").is_dir()


def openapi_dir() -> Path:
    """The folder of the spec and its DECISIONS.md."""
    return CLONE_ROOT / "openapi" if in_clone() else PACKAGE_DIR / "openapi"


def spec_file() -> Path:
    """The OpenAPI document of the ClubCollect partner API v2 that the tools judge by."""
    return openapi_dir() / SPEC_NAME


def default_report_dir() -> Path:
    """``reports/`` of the clone, or of the current directory for an installed toolkit."""
    return CLONE_ROOT / "reports" if in_clone() else Path.cwd() / "reports"
