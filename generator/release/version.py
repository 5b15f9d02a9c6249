"""The version of clubcollect-client: ``package_version_override`` in ``generator/config.yaml``.

openapi-python-client would otherwise take the spec's ``info.version``, which is the version
of the API description (2.0.0 for API v2), not of the client. Only the release command changes
the line, and only that line, so the rest of the file stays as people wrote it.
"""

from __future__ import annotations

import re

from generator.diff.spec_changes import Bump

_LINE = re.compile(r"^package_version_override:\s*['\"]?(?P<version>[^'\"\s#]+)['\"]?\s*$", re.MULTILINE)
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class VersionError(ValueError):
    pass


def read_version(config_text: str) -> str:
    found = _LINE.search(config_text)
    if found is None:
        raise VersionError("generator/config.yaml has no package_version_override: the client's version")
    version = found["version"]
    if not _SEMVER.match(version):
        raise VersionError(f"the client's version {version!r} is not MAJOR.MINOR.PATCH")
    return version


def with_version(config_text: str, version: str) -> str:
    read_version(config_text)  # the line is there and well-formed
    return _LINE.sub(f"package_version_override: {version}", config_text, count=1)


def bumped(version: str, bump: Bump) -> str:
    found = _SEMVER.match(version)
    if found is None:
        raise VersionError(f"{version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in found.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version
