"""The project's own ``x-`` extensions: the one list, each with what it means.

``python -m generator lint`` refuses any other ``x-`` key anywhere in the spec, and any schema
keyword that is neither JSON Schema 2020-12, OpenAPI 3.1 nor one of these (a misspelt keyword,
or a junk key YAML made from an unquoted description, is a silent no-op otherwise). Adding an
extension means adding it here, with its meaning, first.
"""

from __future__ import annotations

EXTENSIONS: dict[str, str] = {
    "x-decision": "the openapi/DECISIONS.md entry (or list of entries) the construct follows",
    "x-open-enum": "on anyOf: [enum $ref, {type: string}]: known values plus any string; the contract "
    "suite closes it again",
    "x-enum-varnames": "Python member names for enum values that would clash in the generated client",
    "x-deprecated": "on a security scheme (which has no deprecated field): still accepted, on its way out",
    "x-tolerated": "on an anyOf alternative: accepted on the wire for fidelity with vendor evidence, "
    "dropped from the generated client's types (value: the decision)",
    "x-read-as": "on a tolerated response alternative: how the client normalises it (e.g. boolean, null)",
    "x-default-from-path": "on a response property: when an answer leaves it out, it is this path "
    "parameter of the request (the client fills it in and may require it)",
    "x-may-be-absent": "a response field the contract suite does not require servers to send (value: the "
    "decision)",
    "x-browser-redirect": "an operation a browser follows (302 to a page), not a call an API client makes",
    "x-signature": "on a security scheme: how its signature is computed (algorithm, encoding, key)",
    "x-review": "on a node `drift --propose` created: what a person must still do (write its prose, name "
    "it); `generator lint` fails until the mark is removed",
}
