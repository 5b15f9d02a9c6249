"""Accepted known divergences (``contract_tests/baseline.yaml``), so CI fails only on new ones."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from generator.common.spec_refs import safe_load

DEFAULT_PATH = Path(__file__).with_name("baseline.yaml")
ENV_BASELINE = "CLUBCOLLECT_BASELINE"  # a path, or "none" to report everything as new
# embedded: the in-process mock; local: a server on this machine named by CLUBCOLLECT_BASE_URL;
# remote: anything else (e.g. the vendor's sandbox).
TARGET_KINDS = ("embedded", "local", "remote")


@dataclass(frozen=True)
class BaselineEntry:
    operation: str  # operationId or a glob such as "*"
    kind: str  # divergence kind or a glob
    reason: str
    contains: str = ""  # optional: the divergence title/detail must contain this text
    targets: tuple[str, ...] = TARGET_KINDS

    def accepts(self, operation: str, kind: str, text: str, target_kind: str) -> bool:
        return (
            target_kind in self.targets
            and fnmatch.fnmatchcase(operation, self.operation)
            and fnmatch.fnmatchcase(kind, self.kind)
            and self.contains in text
        )


def load_baseline(path: Path | None = None) -> list[BaselineEntry]:
    """Entries of the baseline file; an empty list when disabled or absent."""
    setting = os.environ.get(ENV_BASELINE, "")
    if path is None:
        if setting.lower() == "none":
            return []
        path = Path(setting) if setting else DEFAULT_PATH
    if not path.exists():
        return []
    raw = safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("divergences") or []
    result = []
    for item in entries:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("operation", "kind", "reason")
        ):
            raise ValueError(f"{path}: every entry needs string operation, kind and reason: {item!r}")
        result.append(
            BaselineEntry(
                operation=item["operation"],
                kind=item["kind"],
                reason=item["reason"],
                contains=str(item.get("contains", "")),
                targets=tuple(item.get("targets", TARGET_KINDS)),
            )
        )
    return result


def match(
    entries: list[BaselineEntry], operation: str, kind: str, text: str, target_kind: str
) -> BaselineEntry | None:
    for entry in entries:
        if entry.accepts(operation, kind, text, target_kind):
            return entry
    return None
