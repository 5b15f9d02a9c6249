"""Every task of the project, in one place. tox.ini delegates here; so do the README and .ci/run.

Run ``nox -l`` for the list. Sessions install exactly the versions in constraints.txt (uv when
available, else virtualenv + pip), so results do not depend on what the machine happens to have.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import nox

ROOT = Path(__file__).parent
CONSTRAINTS = ("-c", str(ROOT / "constraints.txt"))
HANDWRITTEN = [
    "clubcollect_toolkit",
    "generator",
    "clubcollect_docs",
    "mock/clubcollect_mock",
    "client_runtime",
    "contract_tests",
    "tests",
    "benchmarks",
    "mutation_testing",
    "examples",
    "tools",
]
# The three distributions built from this repository: clubcollect-toolkit, clubcollect-mock and
# clubcollect-client, each from its own pyproject.toml.
DISTRIBUTIONS = (".", "mock", "generated_client")
DIST = ROOT / "dist"
# The vendor's current page sources (see clubcollect_docs/locations.py, which tests use too).
DOCS_DIR = os.environ.get("CLUBCOLLECT_DOCS_DIR") or str(ROOT.parent / "shared" / "clubcollect-docs")
DOCS_SOURCE_DIR = os.environ.get("CLUBCOLLECT_DOCS_SOURCE_DIR") or str(
    Path(DOCS_DIR).parent / "clubcollect-docs-source"
)

# Some machines export PYTHONDONTWRITEBYTECODE=1. The tests start many Python processes (the
# contract suite against each broken server, the CLIs), and each would compile every module again:
# about 5 s a process for pytest's assertion rewriting of the plugins alone.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# Hypothesis loads every installed plugin on import: here only trio's (selenium, of the browser
# tests, brings trio), which imports trio and its test helpers, 0.3 s of CPU in each of the many
# Python processes that import hypothesis, for trio code nothing here runs under hypothesis.
os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["lint", "typecheck", "tests", "contract", "wheels"]
# `nox --parallel 2` (README command 2, .ci/run) runs sessions side by side where that fills the
# two cores without crowding them: lint (npm ci, Node tools) beside typecheck (mypy: one core), the
# contract suite beside the wheels session. `tests` runs alone: it keeps both cores busy itself
# (pytest-xdist, three workers), and its servers' start-up waits are not meant for a machine run
# twice over.
# (Letting it run beside the others was measured from fresh clones on the same quiet machine:
# 359 s against 364 s for the whole run, within the noise: not worth the doubled load.)
PYTHON = "3.11"


# The sessions that work on the project itself (every one but build and wheels) share one
# environment, .nox/project: the mock, the client and the toolkit with its dev extras, editable.
# Installing them costs about 6 s of CPU even when nothing changed (uv rebuilds the three editable
# wheels), and a new environment compiles every module it imports again: paid once per session,
# that was some 30 s of README command 2's CPU. The install runs when the environment is new or
# what decides its content changed (the stamp below); a lock keeps two sessions started side by
# side (`nox --parallel`) from building it at once.
PROJECT_ENV = ROOT / ".nox" / "project"
PROJECT_INPUTS = (
    "pyproject.toml",
    "mock/pyproject.toml",
    "generated_client/pyproject.toml",
    "constraints.txt",
)


def project_stamp() -> str:
    """What the shared environment was installed from: the Python and the files that decide its content."""
    digest = hashlib.sha256(PYTHON.encode())
    for name in PROJECT_INPUTS:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes())
    return digest.hexdigest()


def project_session(**options: Any) -> Callable[[Callable[[nox.Session], None]], Any]:
    """A nox session that runs in the shared environment (nox makes none of its own)."""
    return nox.session(venv_backend="none", **options)


ProjectRun = Callable[..., Any]


def install_project(session: nox.Session) -> ProjectRun:
    """Create or bring up to date .nox/project; returns ``session.run`` for programs in it.

    The toolkit depends on the mock and the client (its contract suite runs both), so the three
    always go in together, in one resolve: otherwise the resolver would look for them on the
    package index.
    """
    stamp_file = PROJECT_ENV / "installed-from.sha256"
    PROJECT_ENV.parent.mkdir(parents=True, exist_ok=True)
    with (PROJECT_ENV.parent / "project.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        stamp = project_stamp()
        python = PROJECT_ENV / "bin" / "python"
        if not python.exists() or not stamp_file.is_file() or stamp_file.read_text() != stamp:
            uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
            editable = ("-e", "./mock", "-e", "./generated_client", "-e", ".[dev]")
            if uv:
                session.run(uv, "venv", "--allow-existing", "--python", PYTHON, PROJECT_ENV, external=True)
                session.run(uv, "pip", "install", "--python", python, *CONSTRAINTS, *editable, external=True)
            else:  # the fallback nox itself has: the standard library's venv and pip
                if not python.exists():
                    session.run(f"python{PYTHON}", "-m", "venv", str(PROJECT_ENV), external=True)
                session.run(str(python), "-m", "pip", "install", "-q", *CONSTRAINTS, *editable, external=True)
            stamp_file.parent.mkdir(parents=True, exist_ok=True)
            stamp_file.write_text(stamp)
    return _project_run(session)


def _project_run(session: nox.Session) -> ProjectRun:
    """``session.run`` that finds programs in .nox/project and gives them its PATH and VIRTUAL_ENV."""
    bin_dir = PROJECT_ENV / "bin"

    def run(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> Any:
        program = bin_dir / args[0]
        command = (str(program), *args[1:]) if program.exists() else args
        path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
        project = {"VIRTUAL_ENV": str(PROJECT_ENV), "PATH": path}
        kwargs["external"] = True  # nox makes no environment of its own for these sessions
        return session.run(*command, env={**project, **(env or {})}, **kwargs)

    return run


def install_node_tools(session: nox.Session) -> None:
    """Spectral and Prism from package-lock.json (exact versions), once per change of the lock file.

    lint and tests both need them: a lock lets one install while any other waits (two `npm ci` in
    one node_modules would break each other's files), should they ever run side by side.
    """
    installed = ROOT / "node_modules" / ".package-lock.json"  # npm's record of what it installed
    package_lock = ROOT / "package-lock.json"
    (ROOT / ".nox").mkdir(exist_ok=True)
    with (ROOT / ".nox" / "node.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not installed.is_file() or installed.stat().st_mtime < package_lock.stat().st_mtime:
            session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)


@project_session(allow_parallel=True)
def lint(session: nox.Session) -> None:
    """ruff check and format check, the spec's own rules, and Spectral as an independent linter."""
    run = install_project(session)
    run("ruff", "check", ".")
    run("ruff", "format", "--check", ".")
    run("python", "-m", "generator", "lint")
    install_node_tools(session)
    # Spectral with the project's .spectral.yaml: even a hint fails the session (the tests session
    # no longer runs Spectral on the spec a second time).
    run(
        "node_modules/.bin/spectral",
        "lint",
        "--fail-severity=hint",
        "--ruleset",
        ".spectral.yaml",
        "openapi/clubcollect-v2.yaml",
        external=True,
    )
    # The Arazzo workflows: `generator lint` above checked them against the Arazzo 1.0 JSON schema
    # and the spec; Redocly's Arazzo rules (strict: a warning fails) are the independent second look.
    run(
        "node_modules/.bin/redocly",
        "lint",
        "--extends=recommended-strict",
        "openapi/clubcollect-workflows.arazzo.yaml",
        external=True,
        env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )


@project_session(allow_parallel=True)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the hand-written packages and, separately, on the generated client."""
    run = install_project(session)
    run("mypy", *HANDWRITTEN)
    run("mypy", "--strict", "generated_client/clubcollect_client")


@project_session()
def regen(session: nox.Session) -> None:
    """Rewrite generated_client/ from the spec, the generator config and its templates."""
    run = install_project(session)
    run("python", "-m", "generator", "regen")


@project_session()
def check(session: nox.Session) -> None:
    """Fail if the committed generated_client/ differs from a fresh regeneration."""
    run = install_project(session)
    run("python", "-m", "generator", "check")


@project_session(allow_parallel=False)
def tests(session: nox.Session) -> None:
    """Unit and functional tests of everything hand-written (tests/), posargs go to pytest."""
    run = install_project(session)
    install_node_tools(session)
    # Each worker would rewrite the asserts of every test module at collection, all three at once
    # (5 s of CPU each in a fresh clone): done once here, split across the cores.
    run("python", str(ROOT / "tools" / "rewrite_tests.py"), "tests")
    # Three workers on the two cores: a quarter of the session is waiting (servers starting,
    # forked suite runs, the package index), which a third worker fills (202 -> 189 s, measured on
    # the same warm clone one run after the other). worksteal: a worker that runs out of tests
    # takes some from another; tests/scheduling.py orders the tests so that each worker starts
    # with its share of the costly ones (which would otherwise start late and leave a core idle).
    run("pytest", "tests", "-n", "3", "--dist", "worksteal", *session.posargs)


@project_session(allow_parallel=True)
def contract(session: nox.Session) -> None:
    """The main job: validate the spec, check the client is in sync, run the contract suite on the mock.

    The suite runs as two shards side by side, each with its own embedded mock, merged into one
    report (reports/contract-report.md, reports/contract-junit.xml). Arguments go to
    ``clubcollect contract``: ``nox -s contract -- --profile quick``, ``-- --jobs 1``; pytest's
    own after a second ``--``.
    """
    run = install_project(session)
    # lint and check need one core for some ten seconds: they run beside the suite, on one side
    # thread, instead of before it (the suite's shards spend their first seconds importing and
    # collecting). Their verdicts still decide the session; their output follows the suite's.
    with ThreadPoolExecutor(max_workers=1) as beside:
        checks = {name: beside.submit(run, "clubcollect", name, silent=True) for name in ("lint", "check")}
        run("clubcollect", "contract", "--jobs", "2", *session.posargs)
        for name, check in checks.items():
            output = check.result()  # a failed lint or check raises here, after nox printed its output
            session.log(f"clubcollect {name}:")
            print(output or "", end="")
    if not session.posargs:
        # The whole suite reaches every operation of the spec; a test that stopped calling one
        # would otherwise pass unseen (the report only lists it as never called).
        missed = missed_operations(CONTRACT_REPORT)
        if missed:
            session.error(f"the contract suite never called {', '.join(missed)} (see {CONTRACT_REPORT})")


CONTRACT_REPORT = ROOT / "reports" / "contract-report.json"  # where `clubcollect contract` writes in a clone


def missed_operations(report: Path) -> list[str]:
    """The spec's operations that no test of a contract run called, as its JSON report lists them."""
    return [str(name) for name in json.loads(report.read_text(encoding="utf-8"))["operations_missed"]]


def missing_pages_message(folder: str) -> str:
    """What ``nox -s drift`` says when there are no vendor pages to read (a clone has none)."""
    return (
        f"no vendor pages at {folder} (CLUBCOLLECT_DOCS_SOURCE_DIR names that folder). "
        "Run `nox -s drift -- --fetch` to download the live pages and compare them with the spec, "
        "or `nox -s drift -- DOCS_DIR` to read a folder of pages."
    )


@project_session(default=False)
def drift(session: nox.Session) -> None:
    """Compare the vendor's pages (CLUBCOLLECT_DOCS_SOURCE_DIR) with the spec.

    ``nox -s drift -- --fetch`` downloads the live pages first; any other arguments go to
    ``python -m generator drift`` as they are. Without arguments and without that folder (as in
    a fresh clone) it stops at once and says how to fetch the pages.
    """
    if not session.posargs and not Path(DOCS_SOURCE_DIR).is_dir():
        session.error(missing_pages_message(DOCS_SOURCE_DIR))
    run = install_project(session)
    run("python", "-m", "generator", "drift", *(session.posargs or [DOCS_SOURCE_DIR]))


@project_session(name="docs-to-release", default=False)
def docs_to_release(session: nox.Session) -> None:
    """From the vendor's pages to a release plan, in one loop (python -m generator docs-to-release).

    drift --propose -> overlay apply -> lint -> regen -> the client's tests -> release --dry-run,
    on ../shared/clubcollect-docs-source by default; ``nox -s docs-to-release -- --fetch`` reads the
    live pages. Writes the overlay, the report, the release notes and a pull-request summary to
    openapi/proposals/ and leaves the applied spec and the regenerated client in the work tree.
    """
    run = install_project(session)
    run("python", "-m", "generator", "docs-to-release", *(session.posargs or [DOCS_SOURCE_DIR]))


@project_session(name="diff", default=False)
def spec_diff(session: nox.Session) -> None:
    """Classify spec changes since a git revision (default: main) as breaking or compatible."""
    run = install_project(session)
    run("python", "-m", "generator", "diff", "--against", *(session.posargs or ["main"]))


@project_session(default=False)
def mutation(session: nox.Session) -> None:
    """mutmut over the code where a silent bug costs most (mutation_testing/targets.toml).

    Writes reports/mutation.md (score per module, each survivor with file:line and its change) and
    fails when a mutant survives that mutation_testing/survivors.toml does not list. Too slow for
    every run: ``nox -s mutation -- --changed`` mutates only the files the branch changed since
    main (run it before pushing); ``-- --target client`` runs one target. mutmut keeps its results
    in build/mutation/, so a second run re-tests only what changed.
    """
    run = install_project(session)
    run("python", "-m", "mutation_testing", *session.posargs)


@project_session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks against same-run baselines; prints the ratio table (see benchmarks/README.md)."""
    run = install_project(session)
    run("python", "-m", "benchmarks", *session.posargs)


def build_distributions(session: nox.Session) -> None:
    """A fresh dist/ with the sdist and wheel of each distribution, then the packaging checks.

    uv builds each wheel from its sdist (so a file missing from an sdist shows), with the build
    backend pinned by constraints.txt; ``twine check --strict`` checks what an index would show,
    ``check-wheel-contents`` that no wheel ships tests, caches, duplicates or stray files.
    """
    session.install(*CONSTRAINTS, "uv", "twine", "check-wheel-contents")
    shutil.rmtree(DIST, ignore_errors=True)
    for source in DISTRIBUTIONS:
        session.run(
            "uv", "build", "--build-constraint", str(ROOT / "constraints.txt"), "--out-dir", str(DIST), source
        )
    built = sorted(DIST.glob("*.tar.gz")) + sorted(DIST.glob("*.whl"))
    session.run("twine", "check", "--strict", *map(str, built))
    wheels = [path for path in built if path.suffix == ".whl"]
    toolkit = [path for path in wheels if path.name.startswith("clubcollect_toolkit-")]
    session.run("check-wheel-contents", *(str(path) for path in wheels if path not in toolkit))
    # W009 (several top-level packages) is expected of the toolkit alone: it ships the command
    # (clubcollect_toolkit), generator, contract_tests and clubcollect_docs side by side, the names
    # the project's code imports; folding them into one namespace is a rename left for later.
    session.run("check-wheel-contents", "--ignore", "W009", *map(str, toolkit))


@nox.session(python=PYTHON, default=False)
def build(session: nox.Session) -> None:
    """Sdists and wheels of the three distributions in dist/, checked by twine and check-wheel-contents."""
    build_distributions(session)


@nox.session(python=PYTHON, allow_parallel=True)
def wheels(session: nox.Session) -> None:
    """Build, then use the wheels as a partner would (tests/packaging/installed_wheels.py).

    Fresh virtual environments outside the repository: the mock alone (no generator dependency,
    its command serves), the mock and client running examples/, the toolkit's command. Writes
    reports/wheels.md (sizes, and what each environment holds). posargs go to pytest.
    ``CLUBCOLLECT_DIST_DIR=DIR`` checks the wheels already built in DIR instead (a CI job that
    tests what an earlier job built and kept).
    """
    if not os.environ.get("CLUBCOLLECT_DIST_DIR"):
        build_distributions(session)
    session.install(*CONSTRAINTS, "pytest", "httpx", "uv")
    # --noconftest: tests/conftest.py sets up the repository's own test run, which this is not.
    session.run("pytest", "--noconftest", "tests/packaging/installed_wheels.py", *session.posargs)
