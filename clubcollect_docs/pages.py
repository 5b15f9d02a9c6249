"""Read a folder of the vendor's documentation pages, in any of its three formats, into operations.

The public entry points are :func:`read_folder` (every operation of every page) and
:func:`read_pages` (the pages themselves, with what lies outside operations: line type
tables, value lists, links, webhook payloads). Each operation keeps what an integration
depends on, each piece with the page and line it was read from: method, documented URL
(host included), parameters by location with their required flags, and the examples, the
responses' per status code.

Formats are recognised by content, not by name alone: a ``.md`` page with ``{% api-method %}``
blocks is GitBook source, any other ``.md`` page served markdown, a ``.txt`` page rendered
text. A page in no recognised format is an error naming the file, and so is a folder without
pages: a folder is never silently read as empty. A page in a known format that describes
nothing (a stub) is read as an empty :class:`DocsPage`; whether that matters is the caller's
call (``generator drift`` reports it for pages the site lists as reference).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from clubcollect_docs.fold import PageFold
from clubcollect_docs.gitbook_format import GitBookSourceError, gitbook_page_events, looks_like_gitbook_source
from clubcollect_docs.markdown_format import markdown_page_events
from clubcollect_docs.model import DocsOperation, DocsPage
from clubcollect_docs.text_format import text_page_events

# Files of a docs folder that describe the folder, not the API.
NOT_PAGES = frozenset({"FACTS.md", "README.md", "SUMMARY.md"})
PAGE_SUFFIXES = frozenset({".txt", ".md"})
# Saved web pages are not one of the formats: say so instead of skipping them.
UNREADABLE_SUFFIXES = frozenset({".html", ".htm"})

FORMAT_TEXT = "rendered text"
FORMAT_MARKDOWN = "served markdown"
FORMAT_GITBOOK = "GitBook source"


class DocsReadError(ValueError):
    """One or more pages could not be read; ``problems`` names each file (and line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def page_format(path: Path, text: str) -> str | None:
    """The page's format, or ``None`` when it is none of the three."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype", "<html", "<?xml")) or "\x00" in text:
        return None
    if path.suffix == ".md":
        return FORMAT_GITBOOK if looks_like_gitbook_source(text) else FORMAT_MARKDOWN
    if path.suffix == ".txt":
        return FORMAT_TEXT
    return None


def read_page(path: Path, name: str) -> DocsPage:
    """One page; raises :class:`DocsReadError` naming the file when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DocsReadError([f"{name}: cannot be read ({error})"]) from error
    kind = page_format(path, text)
    if kind is None:
        raise DocsReadError(
            [f"{name}: not a docs page in a known format (rendered text, served markdown, GitBook source)"]
        )
    try:
        if kind == FORMAT_GITBOOK:
            events = gitbook_page_events(text)
        elif kind == FORMAT_MARKDOWN:
            events = markdown_page_events(text)
        else:
            events = text_page_events(text)
    except GitBookSourceError as error:
        raise DocsReadError([f"{name}: {error}"]) from error
    return PageFold(DocsPage(name, kind)).read(events)


def docs_files(folder: Path) -> list[Path]:
    """Candidate pages below ``folder`` (any depth), hidden folders and folder notes left out."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.name in NOT_PAGES:
            continue
        if path.suffix in PAGE_SUFFIXES | UNREADABLE_SUFFIXES:
            found.append(path)
    return found


def read_pages(folder: Path) -> list[DocsPage]:
    """Every page of the folder; raises :class:`DocsReadError` listing every page that failed."""
    if not folder.is_dir():
        raise DocsReadError([f"{folder}: not a folder"])
    pages: list[DocsPage] = []
    problems: list[str] = []
    for path in docs_files(folder):
        try:
            pages.append(read_page(path, PurePosixPath(path.relative_to(folder)).as_posix()))
        except DocsReadError as error:
            problems += error.problems
    if not pages and not problems:
        problems.append(f"{folder}: no docs pages (.md, .txt) in this folder")
    if problems:
        raise DocsReadError(problems)
    return pages


def read_folder(folder: Path) -> list[DocsOperation]:
    """Every operation documented in ``folder``, in page order."""
    return [operation for page in read_pages(folder) for operation in page.operations]
