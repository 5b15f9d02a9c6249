"""The built wheels, installed as a partner installs them: fresh virtual environments outside the
repository, nothing from the clone on the path. Run by ``nox -s wheels`` after it builds ``dist/``
(the name keeps it out of an ordinary ``pytest tests`` run, which has no wheels to check)::

    pytest tests/packaging/installed_wheels.py   # CLUBCOLLECT_DIST_DIR=... (default: dist/)

Writes reports/wheels.md: each wheel's size and what installing it pulls in.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

import httpx
import pytest
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("CLUBCOLLECT_DIST_DIR") or ROOT / "dist")
CONSTRAINTS = ROOT / "constraints.txt"
REPORT = ROOT / "reports" / "wheels.md"
URL_LINE = re.compile(r"ClubCollect mock serving (http://127\.0\.0\.1:\d+/api/v2)")
NAME = re.compile(r"^[A-Za-z0-9_.-]+")
# Never in an environment that installed only the mock, whatever the toolkit declares.
GENERATOR_TOOLS = {"openapi-python-client", "ruff"}
STARTUP_LINES = 50
PACKAGES = "('clubcollect_mock', 'clubcollect_client')"
WHERE_FROM = f"import importlib; print(*(importlib.import_module(p).__file__ for p in {PACKAGES}))"
TYPED = f"import importlib.resources as r; print(all(r.files(p).joinpath('py.typed').is_file() for p in {PACKAGES}))"  # noqa: E501

pulled_in: dict[str, list[str]] = {}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel(distribution: str) -> Path:
    found = sorted(DIST.glob(f"{distribution}-*.whl"))
    assert len(found) == 1, f"expected one {distribution} wheel in {DIST}, found {found}: run nox -s build"
    return found[0]


def metadata(path: Path) -> dict[str, list[str]]:
    """The wheel's METADATA fields, and its console scripts under ``console_scripts``."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        [meta] = [name for name in names if name.endswith(".dist-info/METADATA")]
        message = Parser().parsestr(archive.read(meta).decode("utf-8"))
        scripts = []
        for name in names:
            if name.endswith(".dist-info/entry_points.txt"):
                section = archive.read(name).decode("utf-8").split("[console_scripts]", 1)[-1]
                scripts = re.findall(r"^([\w-]+)\s*=", section.split("\n[", 1)[0], re.MULTILINE)
    fields = {key: message.get_all(key) or [] for key in ("Requires-Dist", "Name")}
    return {**fields, "console_scripts": scripts}


@dataclass(frozen=True)
class Venv:
    """A virtual environment and a clean way to run its programs (no PYTHONPATH, no clone on the path)."""

    path: Path

    def bin(self, name: str) -> str:
        return str(self.path / "bin" / name)

    def env(self, **extra: str) -> dict[str, str]:
        keep = {
            name: os.environ[name]
            for name in ("HOME", "LANG", "TMPDIR", "UV_CACHE_DIR")
            if name in os.environ
        }
        return {**keep, "PATH": f"{self.path / 'bin'}:/usr/bin:/bin", "PYTHONNOUSERSITE": "1", **extra}

    def run(self, *args: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=cwd, env=self.env(**extra), capture_output=True, text=True, check=False
        )

    def installed(self) -> list[str]:
        listing = subprocess.run(
            [uv(), "pip", "list", "--python", self.bin("python"), "--format", "json"],
            capture_output=True,
            text=True,
            check=True,
        )
        return sorted(f"{item['name']}=={item['version']}" for item in json.loads(listing.stdout))


def uv() -> str:
    found = shutil.which("uv")
    assert found, "uv is needed to make the fresh environments (nox -s wheels installs it)"
    return found


def make_venv(where: Path, label: str, *requirements: str, pinned: bool = True) -> Venv:
    """A fresh environment with ``requirements``, at the versions of constraints.txt when ``pinned``."""
    venv = Venv(where / label)
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv.path)], check=True)
    constraints = ["-c", str(CONSTRAINTS)] if pinned else []
    install = [uv(), "pip", "install", "--quiet", "--python", venv.bin("python"), *constraints, *requirements]
    subprocess.run(install, check=True)
    return venv


def pinned(name: str) -> str:
    """``name==version`` as constraints.txt pins it."""
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if canonical(line.split("==")[0]) == canonical(name):
            return line.strip()
    raise AssertionError(f"constraints.txt does not pin {name}")


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("clubcollect-wheels")
    assert not where.resolve().is_relative_to(ROOT), "the environments must live outside the repository"
    return where


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    lines = [
        "# Built wheels",
        "",
        "| wheel | size | a fresh environment with it holds |",
        "| --- | --- | --- |",
    ]
    for label, listing in pulled_in.items():
        wheels = [wheel(name) for name in label.split(" + ")]
        size = " + ".join(f"{path.stat().st_size / 1024:.0f} KiB" for path in wheels)
        lines.append(f"| {' + '.join(path.name for path in wheels)} | {size} | {', '.join(listing)} |")
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def mock_venv(outside: Path) -> Venv:
    venv = make_venv(outside, "mock-only", str(wheel("clubcollect_mock")))
    pulled_in["clubcollect_mock"] = venv.installed()
    return venv


@pytest.fixture(scope="module")
def partner_venv(outside: Path) -> Venv:
    """What a partner's test suite installs: the two wheels and pytest."""
    venv = make_venv(
        outside, "partner", str(wheel("clubcollect_mock")), str(wheel("clubcollect_client")), "pytest"
    )
    pulled_in["clubcollect_mock + clubcollect_client"] = venv.installed()
    return venv


@pytest.fixture(scope="module")
def toolkit_venv(outside: Path) -> Venv:
    # The toolkit may depend on the other two, which are not on an index: offer their wheels too.
    names = ("clubcollect_toolkit", "clubcollect_mock", "clubcollect_client")
    venv = make_venv(outside, "toolkit", *(str(wheel(name)) for name in names))
    pulled_in[" + ".join(names)] = venv.installed()
    return venv


@contextmanager
def served(venv: Venv, cwd: Path, partners: str) -> Iterator[str]:
    """``clubcollect-mock`` from ``venv`` on a free port; yields its base URL, stops it with SIGTERM."""
    process = subprocess.Popen(
        [venv.bin("clubcollect-mock"), "--port", "0"],
        cwd=cwd,
        env=venv.env(CLUBCOLLECT_MOCK_PARTNERS=partners, PYTHONUNBUFFERED="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        seen = []
        for _ in range(STARTUP_LINES):  # the command prints its URL once it listens
            seen.append(process.stdout.readline())
            match = URL_LINE.search(seen[-1])
            if match or not seen[-1]:
                break
        assert match, f"clubcollect-mock did not announce its URL: {''.join(seen)}"
        yield match.group(1)
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=30)
        assert process.returncode == 0, rest
        assert partners.split(":")[0] not in "".join(seen) + rest  # the key is never printed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def requirement_names(distribution: str, *, with_extras: bool = False) -> set[str]:
    names = set()
    for requirement in metadata(wheel(distribution))["Requires-Dist"]:
        match = NAME.match(requirement)
        if match and (with_extras or "extra ==" not in requirement):
            names.add(canonical(match.group(0)))
    return names


def lower_bounds(distribution: str) -> set[str]:
    """``name==X`` for each ``name>=X`` the wheel requires."""
    pins = set()
    for requirement in metadata(wheel(distribution))["Requires-Dist"]:
        name, bound = NAME.match(requirement), re.search(r">=\s*([\w.]+)", requirement)
        if name and bound and "extra ==" not in requirement:
            pins.add(f"{canonical(name.group(0))}=={bound.group(1)}")
    return pins


def test_the_mock_alone_pulls_in_no_generator_dependency(mock_venv: Venv) -> None:
    toolkit_side = requirement_names("clubcollect_toolkit") - requirement_names("clubcollect_mock")
    generator_side = (toolkit_side - {"clubcollect-mock", "clubcollect-client"}) | GENERATOR_TOOLS
    installed = {canonical(item.split("==")[0]) for item in mock_venv.installed()}
    assert "clubcollect-mock" in installed
    assert not generator_side & installed, f"the mock pulled in {sorted(generator_side & installed)}"


def test_the_mock_command_and_its_module_form_show_help(mock_venv: Venv, outside: Path) -> None:
    for command in ([mock_venv.bin("clubcollect-mock")], [mock_venv.bin("python"), "-m", "clubcollect_mock"]):
        result = mock_venv.run(*command, "--help", cwd=outside)
        assert result.returncode == 0 and "--partner" in result.stdout, result.stderr


def test_the_installed_mock_serves(mock_venv: Venv, outside: Path) -> None:
    key, company_id = "canary-" + secrets.token_hex(12), secrets.token_hex(20)
    with served(mock_venv, outside, f"{key}:{company_id}") as base_url, httpx.Client(trust_env=False) as http:
        assert http.get(base_url.replace("/api/v2", "/_mock/health")).json() == {"status": "ok"}
        company = http.get(f"{base_url}/companies/{company_id}", headers={"Authorization": f"ApiKey {key}"})
        assert company.status_code == 200 and company.json()["company_id"] == company_id
        assert http.get(f"{base_url}/companies/{company_id}").status_code == 401


def run_examples(venv: Venv, where: Path) -> None:
    """examples/ copied to ``where`` and run there by ``venv``'s pytest: every test must pass."""
    shutil.copytree(ROOT / "examples", where, ignore=shutil.ignore_patterns("__pycache__"))
    found = venv.run(venv.bin("python"), "-c", WHERE_FROM, cwd=where)
    assert found.returncode == 0, found.stderr
    assert all(Path(path).is_relative_to(venv.path) for path in found.stdout.split()), found.stdout
    junit = where / "junit.xml"
    result = venv.run(venv.bin("pytest"), "-p", "no:cacheprovider", f"--junitxml={junit}", cwd=where)
    assert result.returncode == 0, result.stdout + result.stderr
    counts = ET.parse(junit).getroot().find("testsuite")
    assert counts is not None and int(counts.get("tests", "0")) > 0
    outcome = (counts.get("failures"), counts.get("errors"), counts.get("skipped"))
    assert outcome == ("0", "0", "0"), result.stdout


def test_the_example_suite_passes_on_the_two_wheels(partner_venv: Venv, outside: Path) -> None:
    run_examples(partner_venv, outside / "partner-suite")


def test_the_example_suite_passes_with_every_dependency_at_its_lower_bound(outside: Path) -> None:
    # The ranges in the wheels' metadata are promises: hold the oldest versions they allow to them.
    lowest = lower_bounds("clubcollect_mock") | lower_bounds("clubcollect_client")
    wheels = (str(wheel("clubcollect_mock")), str(wheel("clubcollect_client")))
    venv = make_venv(outside, "partner-lowest", *wheels, pinned("pytest"), *lowest, pinned=False)
    installed = dict(item.split("==") for item in venv.installed())
    for pin in lowest:
        name, version = pin.split("==")
        assert Version(installed[name]) == Version(version), (
            f"{name} {installed[name]} is not the bound {version}"
        )
    run_examples(venv, outside / "partner-suite-lowest")


def test_the_installed_packages_are_typed(partner_venv: Venv, outside: Path) -> None:
    result = partner_venv.run(partner_venv.bin("python"), "-c", TYPED, cwd=outside)
    assert result.stdout.strip() == "True", result.stderr


def test_the_toolkit_wheel_ships_its_data_and_no_tests() -> None:
    names = zipfile.ZipFile(wheel("clubcollect_toolkit")).namelist()
    for shipped in (
        "clubcollect_toolkit/openapi/clubcollect-v2.yaml",
        "clubcollect_toolkit/openapi/clubcollect-workflows.arazzo.yaml",
        "contract_tests/schemathesis.toml",
        "contract_tests/suite.ini",
        "contract_tests/baseline.yaml",
        "generator/config.yaml",
        "generator/templates/facade/client.py.jinja",
        "generator/overlay/schema/overlay-1.0.schema.yaml",
        "generator/lint/vendor/arazzo-1.0.schema.json",
    ):
        assert shipped in names, shipped
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/", "mutation_testing/"))]
    assert not [name for name in names if "__pycache__" in name]


def test_the_toolkit_command_shows_help(toolkit_venv: Venv, outside: Path) -> None:
    assert "clubcollect" in metadata(wheel("clubcollect_toolkit"))["console_scripts"]
    result = toolkit_venv.run(toolkit_venv.bin("clubcollect"), "--help", cwd=outside)
    assert result.returncode == 0, result.stderr
    for command in ("lint", "regen", "check", "drift", "diff", "contract", "workflows"):
        assert f"  {command} " in result.stdout, command


def test_the_installed_toolkit_lints_the_spec_it_ships(toolkit_venv: Venv, outside: Path) -> None:
    linted = toolkit_venv.run(toolkit_venv.bin("clubcollect"), "lint", cwd=outside)
    assert linted.returncode == 0 and "0 finding(s)" in linted.stderr, linted.stderr[-2000:]
    assert "site-packages/clubcollect_toolkit/openapi/clubcollect-v2.yaml" in linted.stderr


def test_the_toolkit_contract_command_passes_against_the_installed_mock(
    toolkit_venv: Venv, outside: Path
) -> None:
    quick = ["--profile", "quick"]
    key, company_id = "canary-" + secrets.token_hex(12), secrets.token_hex(20)
    reports = outside / "contract-reports"
    with served(toolkit_venv, outside, f"{key}:{company_id}") as base_url:
        result = toolkit_venv.run(
            toolkit_venv.bin("clubcollect"),
            *("contract", "--base-url", base_url, "--report-dir", str(reports), *quick),
            # A slice of the suite: this checks the installed command end to end (probe, run, reports);
            # the whole suite's strength is the contract session's job. The conformance module, which
            # -k deselects anyway, is left out of collection: schemathesis would first build every
            # operation's coverage cases (most of this run's CPU) only for -k to drop them.
            *("--", "-k", "test_pagination or test_auth or test_total_must_equal_sum_of_lines"),
            *("--ignore-glob", "*/contract_tests/test_schema_conformance.py"),
            cwd=outside,
            CLUBCOLLECT_API_KEY=key,
            CLUBCOLLECT_COMPANY_ID=company_id,
        )
    output = result.stdout + result.stderr
    assert key not in output
    assert result.returncode == 0, output[-4000:]
    written = {path.suffix for path in reports.rglob("*")}
    assert {".md", ".xml"} <= written, f"expected the markdown report and JUnit XML, found {written}"
