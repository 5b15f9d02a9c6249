"""The vendor's documentation site as ``site.yaml`` lists it: its address and its pages' roles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

import yaml

from generator.common.spec_refs import safe_load

SITE_FILE = Path(__file__).resolve().parent / "site.yaml"
ROLES = frozenset({"reference", "guide"})


class SiteError(ValueError):
    pass


@dataclass(frozen=True)
class SitePage:
    path: str  # "api-documentation/import"
    role: str

    @property
    def stem(self) -> str:
        return PurePosixPath(self.path).name


@dataclass(frozen=True)
class Site:
    address: str
    pages: tuple[SitePage, ...]

    def markdown_url(self, page: SitePage) -> str:
        """The served markdown of a page: its address plus ``.md``."""
        return f"{self.address.rstrip('/')}/{page.path}.md"


def load_site(path: Path = SITE_FILE) -> Site:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SiteError(f"cannot read the page list {path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("site"), str):
        raise SiteError(f"{path}: expected 'site' (the address) and 'pages'")
    pages = []
    for index, item in enumerate(data.get("pages") or [], start=1):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("path"), str)
            or item.get("role") not in ROLES
        ):
            raise SiteError(f"{path}: page {index} needs 'path' and a 'role' of {sorted(ROLES)}")
        pages.append(SitePage(item["path"].strip("/"), item["role"]))
    if not pages:
        raise SiteError(f"{path}: no pages listed")
    return Site(data["site"], tuple(pages))


@cache
def _roles() -> dict[str, str]:
    return {page.stem: page.role for page in load_site().pages}


def page_role(name: str) -> str:
    """The role of a page file by its name (``import.txt`` -> reference); unlisted pages are reference."""
    return _roles().get(PurePosixPath(name).stem, "reference")
