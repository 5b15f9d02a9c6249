"""What the last release of the client was made from, kept in the repository.

``openapi/released/clubcollect-v2.yaml`` is the spec as it was released, byte for byte, and
``openapi/released/RELEASE.json`` names the client version, the spec's SHA-256, the date and the
commit it was made at. A fresh clone without tags (or with a rewritten history) can still
classify every change since the release; the hash shows the copy was not edited by hand.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.common.spec_refs import Node, SpecError, load_spec_text


class ReleaseRecordError(ValueError):
    pass


@dataclass(frozen=True)
class Released:
    version: str
    spec: Node
    spec_sha256: str
    date: str
    commit: str


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_released(folder: Path) -> Released | None:
    """The last release, or None when none was recorded; refuses a copy whose hash is off."""
    record_path, spec_path = folder / "RELEASE.json", folder / "clubcollect-v2.yaml"
    if not record_path.is_file() and not spec_path.is_file():
        return None
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        text = spec_path.read_text(encoding="utf-8")
        spec = load_spec_text(text, str(spec_path))
    except (OSError, ValueError, SpecError) as error:
        raise ReleaseRecordError(f"the release record in {folder} cannot be read: {error}") from error
    if sha256(text) != record.get("spec_sha256"):
        raise ReleaseRecordError(
            f"{spec_path} does not match the SHA-256 in {record_path.name}: the released spec was edited"
        )
    return Released(
        str(record["client_version"]),
        spec,
        str(record["spec_sha256"]),
        str(record["date"]),
        str(record["commit"]),
    )


def current_commit(root: Path) -> str:
    result = subprocess.run(  # noqa: S603 - fixed program and arguments
        ["git", "-C", str(root), "rev-parse", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else "unknown"


def record_release(folder: Path, spec_text: str, version: str, date: str, commit: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clubcollect-v2.yaml").write_text(spec_text, encoding="utf-8")
    record = {
        "client_version": version,
        "spec_sha256": sha256(spec_text),
        "date": date,
        "commit": commit,
        "note": "The spec clubcollect-client was last released from; python -m generator release writes it.",
    }
    (folder / "RELEASE.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
