"""Reading a docs folder: which files are pages, in which format, and how failures are reported.

A page left out silently, or read in the wrong format, hides whatever the vendor changed on it;
so every way a folder can go wrong must name the file, and every page must be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clubcollect_docs.pages import (
    FORMAT_GITBOOK,
    FORMAT_MARKDOWN,
    FORMAT_TEXT,
    DocsReadError,
    docs_files,
    page_format,
    read_folder,
    read_pages,
)

TEXT_PAGE = "Things\n\nget\nShow Thing\n\nhttps://x.test/api/v2/things/:id\n"
MARKDOWN_PAGE = "# Show Widget\n\n`GET https://x.test/api/v2/widgets/:id`\n"
GITBOOK_PAGE = (
    '{% api-method method="get" host="https://x.test/api" path="/v2/gadgets/:id" %}\n'
    "{% api-method-summary %}\nShow Gadget\n{% endapi-method-summary %}\n"
    "{% endapi-method %}\n"
)


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def read_problems(folder: Path) -> list[str]:
    with pytest.raises(DocsReadError) as raised:
        read_pages(folder)
    assert str(raised.value) == "; ".join(raised.value.problems)
    return raised.value.problems


# ----------------------------------------------------------------- formats


def test_each_format_is_read_into_its_operations_under_the_page_name(tmp_path: Path) -> None:
    write(tmp_path, "a/things.txt", TEXT_PAGE)
    write(tmp_path, "b/widgets.md", MARKDOWN_PAGE)
    write(tmp_path, "c/gadgets.md", GITBOOK_PAGE)
    pages = read_pages(tmp_path)
    assert [(p.page, p.format) for p in pages] == [
        ("a/things.txt", FORMAT_TEXT),
        ("b/widgets.md", FORMAT_MARKDOWN),
        ("c/gadgets.md", FORMAT_GITBOOK),
    ]
    assert [(o.page, o.title, o.endpoint) for o in read_folder(tmp_path)] == [
        ("a/things.txt", "Show Thing", "GET /things/{thing_id}"),
        ("b/widgets.md", "Show Widget", "GET /widgets/{widget_id}"),
        ("c/gadgets.md", "Show Gadget", "GET /gadgets/{gadget_id}"),
    ]


SAVED_WEB_PAGES = {
    "doctype": "<!DOCTYPE html>\n<html></html>\n",
    "doctype after blank lines": "\n\n   <!doctype html>\n<html></html>\n",
    "html tag": "<HTML>\n<body>GET https://x.test/api/v2/things</body>\n",
    "xml prolog": '<?XML version="1.0"?>\n<page/>\n',
    "a NUL byte": "GET https://x.test/api/v2/things\n\x00\n",
}


@pytest.mark.parametrize("text", SAVED_WEB_PAGES.values(), ids=SAVED_WEB_PAGES.keys())
@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_a_saved_web_page_or_binary_file_is_in_no_format(name: str, text: str) -> None:
    assert page_format(Path(name), text) is None


def test_markup_further_down_a_page_does_not_make_it_a_web_page() -> None:
    text = "# Widgets\n\nAn example answer:\n<html>\n"
    assert page_format(Path("page.md"), text) == FORMAT_MARKDOWN
    assert page_format(Path("page.txt"), text) == FORMAT_TEXT


@pytest.mark.parametrize("name", ["page.MD", "page.TXT", "page.rst", "page"])
def test_other_suffixes_are_in_no_format(name: str) -> None:
    assert page_format(Path(name), TEXT_PAGE) is None


# ----------------------------------------------------------------- which files are pages


def test_hidden_folders_hidden_files_folder_notes_and_other_files_are_not_pages(tmp_path: Path) -> None:
    for name in (
        ".git/HEAD.md",
        ".draft.txt",
        "FACTS.md",
        "README.md",
        "SUMMARY.md",
        "notes.rst",
        "logo.png",
    ):
        write(tmp_path, name, "<html> not a page </html>\n")
    (tmp_path / "folder.md").mkdir()
    write(tmp_path, "sub/things.txt", TEXT_PAGE)
    write(tmp_path, "widgets.md", MARKDOWN_PAGE)
    assert docs_files(tmp_path) == [tmp_path / "sub" / "things.txt", tmp_path / "widgets.md"]
    assert [p.page for p in read_pages(tmp_path)] == ["sub/things.txt", "widgets.md"]


def test_saved_web_pages_are_candidates_so_that_they_are_refused_by_name(tmp_path: Path) -> None:
    write(tmp_path, "old.htm", "<html></html>\n")
    write(tmp_path, "things.html", "<html></html>\n")
    write(tmp_path, "things.txt", TEXT_PAGE)
    assert docs_files(tmp_path) == [tmp_path / "old.htm", tmp_path / "things.html", tmp_path / "things.txt"]
    problems = read_problems(tmp_path)
    assert [p.split(":")[0] for p in problems] == ["old.htm", "things.html"]


# ----------------------------------------------------------------- failures name the file


def test_every_failing_page_is_reported_and_the_message_joins_them(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "<!DOCTYPE html>\n")
    (tmp_path / "b.txt").write_bytes(b"Show\n\xff\xfe not UTF-8\n")
    write(tmp_path, "c.md", '{% api-method method="get" %}\n{% endapi-method %}\n')
    write(tmp_path, "d.txt", TEXT_PAGE)
    problems = read_problems(tmp_path)
    assert len(problems) == 3
    assert problems[0] == (
        "a.md: not a docs page in a known format (rendered text, served markdown, GitBook source)"
    )
    assert problems[1].startswith("b.txt: cannot be read (")
    assert "utf-8" in problems[1]
    assert problems[2] == "c.md: line 1: api-method block without a method and a host/path"


def test_a_folder_without_pages_names_itself(tmp_path: Path) -> None:
    write(tmp_path, "README.md", "# About these pages\n")
    assert read_problems(tmp_path) == [f"{tmp_path}: no docs pages (.md, .txt) in this folder"]


def test_a_missing_folder_or_a_file_is_not_a_folder(tmp_path: Path) -> None:
    write(tmp_path, "things.txt", TEXT_PAGE)
    for path in (tmp_path / "missing", tmp_path / "things.txt"):
        assert read_problems(path) == [f"{path}: not a folder"]
