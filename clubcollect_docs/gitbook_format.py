"""Page format 3 of 3, GitBook source: the page as written in the vendor's docs repository.

Every operation is an ``{% api-method method="get" host="..." path="..." %}`` block holding
a summary (the title), a description, the request's parameter groups (path, query, header,
body, form data) with ``{% api-method-parameter name=... type=... required=... %}`` entries,
and the response examples, one ``{% api-method-response-example httpCode=NNN %}`` each.
Between the blocks the page is ordinary markdown ("Example Request Body", "Error Messages",
hints, tables), read like the served markdown.

Names keep the source's escapes (``api\\_key``) and the descriptions HTML entities
(``&lt;api\\_key&gt;``); both are undone here.
"""

from __future__ import annotations

import html
import re

from clubcollect_docs.events import Event, OperationStart, ParameterRow, Section, Status
from clubcollect_docs.markdown_format import MarkdownReader, clean
from clubcollect_docs.names import unescape_markdown

API_METHOD = re.compile(r"\{%\s*api-method\s+(?P<attributes>[^%]*)%\}")
_TAG = re.compile(r"^\{%\s*(?P<name>end)?(?P<tag>[a-z-]+)\b(?P<attributes>[^%]*)%\}$")
# a line that opens as an api-method tag must be one whole tag, or it would be skipped as markdown
_API_METHOD_TAG_START = re.compile(r"^\{%\s*(?:end)?api-method")
_ATTRIBUTE = re.compile(r"""(?P<key>[A-Za-z]+)\s*=\s*(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))""")
# an HTTP status in ASCII digits: fullwidth and superscript digits pass str.isdigit, "2 00" reads as "2"
_HTTP_CODE = re.compile(r"[1-5][0-9]{2}")
# parameter groups of a request and the section each one is
_GROUPS = {
    "api-method-path-parameters": "path",
    "api-method-query-parameters": "query",
    "api-method-headers": "header",
    "api-method-body-parameters": "body",
    "api-method-form-data-parameters": "body",
    "api-method-cookies": "cookie",
}


class GitBookSourceError(ValueError):
    """An ``api-method`` block the reader cannot make sense of (named by its line)."""


def looks_like_gitbook_source(text: str) -> bool:
    return API_METHOD.search(text) is not None


def _attributes(text: str) -> dict[str, str]:
    return {
        m["key"]: m["quoted"] if m["quoted"] is not None else m["bare"] for m in _ATTRIBUTE.finditer(text)
    }


def _text(raw: str) -> str:
    return unescape_markdown(html.unescape(raw)).strip()


class GitBookSourceReader(MarkdownReader):
    def line(self, line: str, number: int) -> None:
        tag = _TAG.match(line.strip())
        if tag is None and _API_METHOD_TAG_START.match(line.strip()):
            raise GitBookSourceError(f"line {number}: unreadable api-method tag {line.strip()!r}")
        if tag is None or not tag["tag"].startswith("api-method"):
            super().line(line, number)
            return
        name, attributes = tag["tag"], _attributes(tag["attributes"])
        if tag["name"]:  # an end tag
            if name in _GROUPS or name in {"api-method-spec", "api-method-response"}:
                self.section = None
            return
        if name == "api-method":
            self.operation(attributes, number)
        elif name in _GROUPS:
            self.section = _GROUPS[name]
            self.events.append(Section(self.section, number))
        elif name == "api-method-parameter":
            self.parameter(attributes, number)
        elif name == "api-method-response":
            self.section = "response"
            self.events.append(Section("response", number))
        elif name == "api-method-response-example":
            code = attributes.get("httpCode")
            if code is None:
                raise GitBookSourceError(f"line {number}: response example without an httpCode")
            if not _HTTP_CODE.fullmatch(code):
                raise GitBookSourceError(
                    f"line {number}: response example httpCode {code!r} is not an HTTP status"
                )
            self.events.append(Status(int(code), number))
        elif name in {
            "api-method-summary",
            "api-method-description",
            "api-method-response-example-description",
        }:
            self.block_text(name, number)
        # api-method-spec, api-method-request: structure only

    def operation(self, attributes: dict[str, str], number: int) -> None:
        method, host, path = (attributes.get(key, "") for key in ("method", "host", "path"))
        if not method or not (host or path):
            raise GitBookSourceError(f"line {number}: api-method block without a method and a host/path")
        title = self.summary_after(number)
        url = _text(host).rstrip("/") + "/" + _text(path).lstrip("/")
        self.title, self.section = title, None
        self.events.append(OperationStart(method.upper(), url, title, number))

    def summary_after(self, number: int) -> str:
        """The text of the ``api-method-summary`` block that follows the opening tag."""
        for index in range(number, min(number + 6, len(self.lines))):
            if re.match(r"^\{%\s*api-method-summary\s*%\}", self.lines[index].strip()):
                title: list[str] = []
                for body in self.lines[index + 1 :]:
                    if body.strip().startswith("{%"):
                        break
                    title.append(body.strip())
                return clean(" ".join(t for t in title if t))
        return ""

    def block_text(self, name: str, number: int) -> None:
        """Read a summary or description block up to its end tag; descriptions are markdown."""
        end = re.compile(r"^\{%\s*end" + re.escape(name) + r"\s*%\}$")
        while self.index < len(self.lines) and not end.match(self.lines[self.index].strip()):
            body = self.lines[self.index]
            self.index += 1
            if name != "api-method-summary":
                super().line(body, self.index)
        self.index += 1  # the end tag

    def parameter(self, attributes: dict[str, str], number: int) -> None:
        name = _text(attributes.get("name", ""))
        if not name:
            raise GitBookSourceError(f"line {number}: api-method-parameter without a name")
        description: list[str] = []
        end = re.compile(r"^\{%\s*endapi-method-parameter\s*%\}$")
        while self.index < len(self.lines) and not end.match(self.lines[self.index].strip()):
            if text := self.lines[self.index].strip():
                description.append(text)
            self.index += 1
        self.index += 1
        required = {"true": True, "false": False}.get(attributes.get("required", "").lower())
        kind = attributes.get("type") or None
        if self.section not in set(_GROUPS.values()):
            raise GitBookSourceError(f"line {number}: parameter {name!r} outside a parameter group")
        text = clean(html.unescape(" ".join(description)))
        self.events.append(ParameterRow(name, text, number, required, kind))


def gitbook_page_events(text: str) -> list[Event]:
    return GitBookSourceReader(text).read()
