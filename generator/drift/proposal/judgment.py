"""Why each kind of finding that ``drift --propose`` does not act on needs a person."""

from __future__ import annotations

_PAGING = "paging is shared machinery (the facade's pages): a person wires it"
_NOTIFICATION = "partners' servers read notification bodies: a person decides"
JUDGMENT = {
    "base URL missing from docs": "the docs no longer show a server the spec lists: drop it or keep it?",
    "auth scheme missing from docs": "the docs dropped a way to send the key: removing it breaks callers",
    "auth deprecation differs": "whether a way to send the key is on its way out is a decision",
    "auth format differs": "a new credential format needs its scheme and description written",
    "success body missing from spec": "a body the spec says is empty: its schema needs a person",
    "success body missing from docs": "the docs show no body where the spec has one: omission or change?",
    "parameter missing from docs": "removing a parameter breaks callers that send it",
    "pagination parameter missing from spec": _PAGING,
    "pagination parameter missing from docs": _PAGING,
    "pagination parameter location differs": _PAGING,
    "pagination default differs": "a paging default is a decision the mock and the client share",
    "pagination maximum differs": "a paging maximum is a decision the mock and the client share",
    "request field missing from docs": "removing a request field breaks callers that send it",
    "required field only in an example": "the spec already requires it; the docs table is what is incomplete",
    "notification payload missing from spec": "a new notification needs a webhook written by a person",
    "notification missing from docs": "the docs no longer show a notification: omission or change?",
    "notification field missing from spec": _NOTIFICATION,
    "notification field missing from docs": _NOTIFICATION,
    "enum missing from spec": "a new enum needs a name and a home in the schemas",
    "enum value missing from docs": "response enums are open: a value the docs dropped may still be sent",
    "error code missing from docs": "the docs no longer list a code the spec has: omission or change?",
    "docs link to a page not in the snapshot": "a problem of the docs, not of the spec",
    "docs link to a missing section": "a problem of the docs, not of the spec",
    "docs example unreadable": "a problem of the docs, not of the spec",
    "page describes nothing": "a stub page: nothing on it to compare or propose",
    "parameter missing from spec": "a path parameter the spec's path lacks: the path itself changed",
    "stale allowlist entry": "the allowlist entry explains nothing any more: delete it",
}
