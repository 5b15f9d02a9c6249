"""Turn names as the vendor's pages render them into the names the API really uses.

The rendered pages print every escaped underscore as ``:`` (``api:key``, ``credit:and:retract``),
write path parameters as ``:id`` and give full URLs with host and version prefix. The spec
uses ``_``, named ``{param}`` placeholders and paths relative to ``.../api/v2``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A ':' between two word characters is a rendered '_' (never a real separator in a name).
_RENDERED_UNDERSCORE = re.compile(r"(?<=\w):(?=\w)")
_URL_PREFIX = re.compile(r"^(?:https?://[^/\s]+)?(?:/api)?(?:/v\d+)?(?=/|$)")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\_*()<>\[\]{}#`|.!-])")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def real_name(rendered: str) -> str:
    """``page:number`` -> ``page_number``; names without the artefact are returned unchanged."""
    return _RENDERED_UNDERSCORE.sub("_", rendered.strip())


def unescape_markdown(text: str) -> str:
    r"""``ApiKey \<api\_key>`` -> ``ApiKey <api_key>``."""
    return _MARKDOWN_ESCAPE.sub(r"\1", text)


def base_url(url: str) -> str:
    """The documented base of an operation URL: scheme, host, ``/api`` and version segment.

    ``https://app.clubcollect.com/api/v2/imports/:id`` -> ``https://app.clubcollect.com/api/v2``.
    """
    match = _URL_PREFIX.match(url.strip())
    return match.group(0) if match else ""


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s"):
        return word[:-1]
    return word


def slug(title: str) -> str:
    """GitBook's anchor for a heading: ``Credit and Retract Invoice`` -> ``credit-and-retract-invoice``."""
    return _SLUG_JUNK.sub("-", title.lower()).strip("-")


@dataclass(frozen=True)
class DocsPath:
    """An endpoint path in spec form plus the rendered names of its parameters, in order."""

    template: str  # "/invoices/{invoice_id}/credit_and_retract"
    rendered_params: tuple[str, ...]  # ("id",)
    params: tuple[str, ...]  # ("invoice_id",)

    @property
    def shape(self) -> str:
        return path_shape(self.template)


def docs_path(url: str) -> DocsPath:
    """Spec-form path of a documented URL.

    Host, ``/api`` and the version segment are dropped; ``:`` inside literal segments becomes
    ``_``; a bare ``:id`` becomes ``{<resource>_id}`` after the segment before it (``/invoices/:id``
    -> ``{invoice_id}``), the convention the spec follows; other parameters keep their name.
    """
    path = _URL_PREFIX.sub("", url.strip().split("?", 1)[0]).rstrip("/") or "/"
    segments: list[str] = []
    rendered: list[str] = []
    params: list[str] = []
    for segment in path.strip("/").split("/"):
        if not segment:
            continue
        braced = segment.startswith("{") and segment.endswith("}")
        if segment.startswith(":") or braced:
            raw = segment[1:-1] if braced else segment[1:]
            name = real_name(raw)
            if name == "id" and segments:
                name = f"{singular(segments[-1])}_id"
            rendered.append(real_name(raw))
            params.append(name)
            segments.append("{" + name + "}")
        else:
            segments.append(real_name(segment))
    return DocsPath("/" + "/".join(segments), tuple(rendered), tuple(params))


def path_shape(template: str) -> str:
    """The template with every parameter blanked, to match paths whatever their parameter names."""
    return re.sub(r"\{[^}]*\}", "{}", template)
