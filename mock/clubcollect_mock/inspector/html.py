"""Building blocks of the inspector's HTML: escaped by construction, plain CSS, no scripts.

Anything that is not an ``Html`` fragment is text and is escaped where it is placed, so a customer
named ``<script>`` shows as those characters. Only this module and the page functions make
``Html``, and only from escaped parts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import quote

# Nothing loads from elsewhere and nothing runs: inline styles only, no scripts, no forms, and
# the page may not be framed. no-referrer keeps an SSO link's signature out of Referer headers.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
        " frame-ancestors 'none'"
    ),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

STYLE = """
body {
    font-family: system-ui, sans-serif;
    color: #1d2733;
    background: #f6f7f9;
    margin: 0;
    line-height: 1.4;
}
header {
    background: #17324d;
    color: #fff;
    padding: .6rem 1.5rem;
}
header a { color: #fff; text-decoration: none; font-weight: bold; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #c9d1da; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: .5rem; }
th, td { text-align: left; padding: .3rem .6rem; border: 1px solid #dde3ea; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-size: .85em; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.note { color: #56616d; }
.empty { color: #56616d; font-style: italic; }
.banner { background: #e3f2e6; border: 1px solid #9fcfa8; padding: .5rem .8rem; }
.refusal { background: #fdecea; border: 1px solid #e6a29b; padding: .8rem 1rem; }
.tag { display: inline-block; padding: 0 .4rem; border-radius: .6rem; background: #e4e9ef; }
.tag.ok { background: #d8efdc; }
.tag.bad { background: #f6d6d2; }
"""


class Html:
    """A fragment of markup that is already safe to place as it is."""

    __slots__ = ("source",)

    def __init__(self, source: str) -> None:
        self.source = source

    def __add__(self, other: Html) -> Html:
        return Html(self.source + other.source)


Content = Html | str | int | None


def text(value: Content) -> str:
    """``value`` ready to place in markup: fragments as they are, everything else escaped."""
    if isinstance(value, Html):
        return value.source
    return escape("" if value is None else str(value))


def join(parts: Iterable[Content]) -> Html:
    return Html("".join(text(part) for part in parts))


def element(tag: str, content: Content = "", **attributes: str | None) -> Html:
    """``<tag ...>content</tag>``; attribute names use ``_`` for ``-`` and a trailing ``_`` for
    reserved words (``class_``); ``None`` values are left out."""
    attrs = "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape(value)}"'
        for name, value in attributes.items()
        if value is not None
    )
    return Html(f"<{tag}{attrs}>{text(content)}</{tag}>")


def link(href: str, content: Content, **attributes: str | None) -> Html:
    return element("a", content, href=href, **attributes)


def company_href(company_id: str) -> str:
    return "/_mock/companies/" + quote(company_id, safe="")


def invoice_href(invoice_id: str) -> str:
    return "/_mock/invoices/" + quote(invoice_id, safe="")


def money(cents: int, currency: str) -> str:
    sign = "-" if cents < 0 else ""
    return f"{currency} {sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def tag(label: str, kind: str | None = None) -> Html:
    return element("span", label, class_=f"tag {kind}" if kind else "tag")


def table(
    headers: Sequence[str], rows: Iterable[Sequence[Content]], *, table_id: str, numeric: Sequence[int] = ()
) -> Html:
    """A table; the columns at the ``numeric`` positions are amounts (aligned right)."""
    head = element("tr", join(element("th", name) for name in headers))
    body = [
        element(
            "tr",
            join(
                element("td", cell, class_="amount" if i in numeric else None) for i, cell in enumerate(row)
            ),
        )
        for row in rows
    ]
    if not body:
        return element("p", "None.", class_="empty", id=table_id)
    return element("table", element("thead", head) + element("tbody", join(body)), id=table_id)


def more(hidden: int, what: str) -> Html:
    """A note that ``hidden`` rows (``what``: "more invoices", "earlier imports"...) were left out."""
    return element("p", f"{hidden} {what} not shown.", class_="note") if hidden > 0 else Html("")


def details(pairs: Iterable[tuple[str, Content]], *, list_id: str) -> Html:
    return element(
        "dl", join(element("dt", name) + element("dd", value) for name, value in pairs), id=list_id
    )


_SITE_NAME = "ClubCollect mock \u00b7 inspector"


def document(title: str, body: Html) -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header>{text(link('/_mock/', _SITE_NAME))}</header>"
        f"<main>{text(element('h1', title))}{text(body)}</main></body></html>"
    )
