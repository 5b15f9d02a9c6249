"""What a person reads on an HTML page: the text of an element, found by id, as a browser shows it."""

from __future__ import annotations

from html.parser import HTMLParser

_VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})


class _ElementText(HTMLParser):
    def __init__(self, element_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.element_id = element_id
        self.depth = 0  # > 0 while inside the element
        self.found = False
        self.parts: list[str] = []
        self.tags: list[str] = []  # every tag seen anywhere on the page

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in _VOID:
            return
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth, self.found = 1, True

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _VOID:
            self.depth -= 1
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def element_text(page: str, element_id: str) -> str:
    """The element's text with whitespace collapsed; fails the test when there is no such element."""
    parser = _ElementText(element_id)
    parser.feed(page)
    assert parser.found, f"no element with id={element_id!r} on the page"
    return " ".join("".join(parser.parts).split())


def tags_on(page: str) -> set[str]:
    parser = _ElementText("")
    parser.feed(page)
    return set(parser.tags)
