"""The mutation targets of targets.toml, and the mapping from a changed source file to them."""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

HERE = Path(__file__).parent
TARGETS_FILE = HERE / "targets.toml"

# Where the generator carries hand-written client code into the package (generator/config.yaml):
# the tests run the carried copy, so that is what is mutated.
CARRIED = {"client_runtime/": "clubcollect_client/runtime/", "client_addons/": "clubcollect_client/"}


@dataclass(frozen=True)
class Target:
    name: str
    why: str
    package: str  # the top-level package mutmut copies into mutants/ (its import root)
    mutate: tuple[str, ...]  # glob patterns, relative to the staged tree
    tests: tuple[str, ...]  # pytest paths that judge the mutants
    deselect: tuple[str, ...] = ()  # test ids left out of mutation runs (each with its reason in the toml)

    def covers(self, path: str) -> bool:
        return any(fnmatch.fnmatchcase(path, pattern) for pattern in self.mutate)


def load_targets(path: Path = TARGETS_FILE) -> list[Target]:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    targets = [
        Target(
            name=entry["name"],
            why=entry["why"],
            package=entry["package"],
            mutate=tuple(entry["mutate"]),
            tests=tuple(entry["tests"]),
            deselect=tuple(entry.get("deselect", ())),
        )
        for entry in raw["target"]
    ]
    names = [target.name for target in targets]
    if len(names) != len(set(names)):
        raise ValueError(f"{path}: target names repeat: {names}")
    for target in targets:
        stray = [p for p in target.mutate if not p.startswith(target.package + "/")]
        if stray:
            raise ValueError(f"{path}: target {target.name} mutates outside its package: {stray}")
    return targets


def as_tested(source_path: str) -> str:
    """The path the tests run for a repository file: a carried client file maps to its copy."""
    posix = str(PurePosixPath(source_path))
    for source, carried in CARRIED.items():
        if posix.startswith(source):
            return carried + posix[len(source) :]
    for distribution in ("generated_client/", "mock/"):  # each distribution's folder holds its package
        if posix.startswith(distribution):
            return posix[len(distribution) :]
    return posix


def changed_by_target(targets: list[Target], changed_files: list[str]) -> dict[str, list[str]]:
    """For each target, the changed files (as tested) that it mutates; targets with none are left out."""
    chosen: dict[str, list[str]] = {}
    for path in sorted({as_tested(p) for p in changed_files if p.endswith(".py")}):
        for target in targets:
            if target.covers(path):
                chosen.setdefault(target.name, []).append(path)
    return chosen
