"""Reading a response body into its model: tolerant of what the vendor's evidence allows, never a
bare crash on anything else (DECISIONS B7, B8).

The fast path is the generated ``from_dict`` itself, which checks the JSON type of every value it
stores and raises ``TypeError``/``KeyError``/``ValueError`` otherwise. Only when it fails does the
slow path run: the body is checked against the spec's schema for the operation and status
(embedded in the package at generation time), which

- rewrites the forms the spec tolerates into the documented type (``x-read-as``: the string
  ``"true"`` for a boolean, a malformed date for null) and fills in a member an answer may leave
  out but the request names (``x-default-from-path``: the invoice id of ``PUT
  /invoices/{invoice_id}``), after which the model is built again, or
- finds the JSON path of the first problem and raises :class:`ResponseValidationError`.

The check covers what the models rely on (JSON types, required members, dates that parse, closed
enums), not lengths or patterns: those are the contract suite's business, not a reason to fail a
partner's call.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import unquote

import httpx

from .errors import ResponseValidationError
from .redaction import Secret, redact

__all__ = ["ResponseSchemas", "json_path", "read_list", "read_model"]

T = TypeVar("T")
_REF_PREFIX = "#/components/schemas/"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# What the generated from_dict raises for a value it cannot store (see the property templates).
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def json_path(parts: Iterable[str | int]) -> str:
    """``$.invoice_lines[2].amount_cents`` for ``["invoice_lines", 2, "amount_cents"]``."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            text += f".{part}"
        else:
            text += f"[{json.dumps(part)}]"
    return text


@dataclass(frozen=True)
class Problem:
    path: tuple[str | int, ...]
    message: str
    wrong_type: bool = False  # the value's JSON type itself is not allowed here


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _has_type(value: object, kind: str) -> bool:
    actual = _json_type(value)
    return actual == kind or (kind == "number" and actual == "integer")


def _parses_as(value: str, fmt: str) -> bool:
    # The same parsers the generated models use, so "valid" here means "the model can read it".
    try:
        if fmt == "date-time":
            datetime.datetime.fromisoformat(value)
        elif fmt == "date":
            datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_READ_AS: dict[str, Callable[[Any], Any]] = {
    "boolean": lambda value: value == "true",
    "null": lambda value: None,
}


class ResponseSchemas:
    """The spec's response schemas, indexed by operation id and status code."""

    def __init__(
        self,
        responses: Mapping[str, Mapping[int, Any]],
        components: Mapping[str, Any],
        paths: Mapping[str, str] | None = None,
    ) -> None:
        self._responses = responses
        self._components = components
        self._path_patterns = {
            operation: re.compile(
                "".join(
                    f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)
                    for part in re.split(r"(\{[^}]+\})", template)
                )
                + "$"
            )
            for operation, template in (paths or {}).items()
        }

    def path_params(self, operation: str, url_path: str) -> dict[str, str]:
        """The path parameters of a request for ``operation`` (matched at the end of its URL)."""
        pattern = self._path_patterns.get(operation)
        match = pattern.search(url_path) if pattern else None
        return {name: unquote(value) for name, value in match.groupdict().items()} if match else {}

    def schema_for(self, operation: str, status: int) -> Any | None:
        return self._responses.get(operation, {}).get(status)

    def check(
        self, operation: str, status: int, value: Any, path_params: Mapping[str, str] | None = None
    ) -> tuple[Any, Problem | None]:
        """``value`` with tolerated forms rewritten, and the first problem left (or None).

        Rewrites happen in place in ``value``'s containers; the returned value replaces the top
        level (which can itself be rewritten). ``path_params`` are the request's, for members an
        answer may leave out (``x-default-from-path``).
        """
        schema = self.schema_for(operation, status)
        if schema is None:
            return value, None
        return self._check(schema, value, (), dict(path_params or {}))

    def _resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self._components[schema["$ref"].removeprefix(_REF_PREFIX)]
            seen += 1
            if seen > 50:
                raise RecursionError("reference cycle in the embedded schemas")
        return schema

    def _check(
        self, schema: Any, value: Any, path: tuple[str | int, ...], params: Mapping[str, str]
    ) -> tuple[Any, Problem | None]:
        schema = self._resolve(schema)
        if not isinstance(schema, dict):
            return value, None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._check_union(schema[key], value, path, params)
        for part in schema.get("allOf", ()):
            value, problem = self._check(part, value, path, params)
            if problem:
                return value, problem
        kinds = schema.get("type")
        if kinds is not None:
            kinds = [kinds] if isinstance(kinds, str) else list(kinds)
            if not any(_has_type(value, kind) for kind in kinds):
                message = f"expected {' or '.join(kinds)}, got {_json_type(value)}"
                return value, Problem(path, message, wrong_type=True)
        if "const" in schema and value != schema["const"]:
            return value, Problem(path, f"expected {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            return value, Problem(path, f"{value!r} is not one of {schema['enum']!r}")
        fmt = schema.get("format")
        if isinstance(value, str) and fmt in {"date-time", "date"} and not _parses_as(value, fmt):
            return value, Problem(path, f"{value!r} is not a {fmt}")
        if isinstance(value, dict):
            return value, self._check_object(schema, value, path, params)
        if isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                value[index], problem = self._check(schema["items"], item, (*path, index), params)
                if problem:
                    return value, problem
        return value, None

    def _check_object(
        self,
        schema: dict[str, Any],
        value: dict[str, Any],
        path: tuple[str | int, ...],
        params: Mapping[str, str],
    ) -> Problem | None:
        for name in schema.get("required", ()):
            if name not in value:
                return Problem((*path, name), "is required but absent")
        properties = schema.get("properties", {})
        for name, prop in properties.items():
            source = prop.get("x-default-from-path") if isinstance(prop, dict) else None
            if source and name not in value and source in params:
                value[name] = params[source]
        for name in list(value):
            if name in properties:
                value[name], problem = self._check(properties[name], value[name], (*path, name), params)
                if problem:
                    return problem
        return None

    def _check_union(
        self, options: list[Any], value: Any, path: tuple[str | int, ...], params: Mapping[str, str]
    ) -> tuple[Any, Problem | None]:
        # Documented alternatives first; a tolerated form only when none of them fits. An option
        # can be a boolean schema (`true` accepts anything), which has no keywords to look up.
        ordered = sorted(options, key=lambda option: "x-read-as" in _keywords(self._resolve(option)))
        problems: list[Problem] = []
        for option in ordered:
            resolved = self._resolve(option)
            checked, problem = self._check(resolved, value, path, params)
            if problem is None:
                read_as = _keywords(resolved).get("x-read-as")
                return (_READ_AS[read_as](checked) if read_as else checked), None
            problems.append(problem)
        # Report the problem of the alternative that fits the value best: the deepest one, and
        # at equal depth one whose JSON type matched ("'yes' is not one of ...").
        return value, max(problems, key=lambda problem: (len(problem.path), not problem.wrong_type))


def _keywords(schema: Any) -> Mapping[str, Any]:
    return schema if isinstance(schema, dict) else {}


def _redacted(content: bytes, secrets: Iterable[str | Secret]) -> bytes:
    if not content:
        return content
    return redact(content.decode("utf-8", "replace"), secrets).encode("utf-8")


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {_json_type(value)}")
    return value


def read_model(
    build: Callable[[dict[str, Any]], T],
    response: httpx.Response,
    *,
    operation: str,
    schemas: ResponseSchemas,
    secrets: Iterable[str | Secret] = (),
) -> T:
    """The model of a JSON object answer, or :class:`ResponseValidationError` when it cannot be read."""
    return _read(lambda data: build(_object(data)), response, operation, schemas, secrets)


def read_list(
    build_item: Callable[[dict[str, Any]], T],
    response: httpx.Response,
    *,
    operation: str,
    schemas: ResponseSchemas,
    secrets: Iterable[str | Secret] = (),
) -> list[T]:
    """The models of a JSON array answer (one per object), or :class:`ResponseValidationError`."""

    def build(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected an array, got {_json_type(data)}")
        return [build_item(_object(item)) for item in data]

    return _read(build, response, operation, schemas, secrets)


def _read(
    build: Callable[[Any], T],
    response: httpx.Response,
    operation: str,
    schemas: ResponseSchemas,
    secrets: Iterable[str | Secret],
) -> T:
    secrets = tuple(secrets)  # used for the content and the problem text alike

    def failure(path: tuple[str | int, ...], message: str) -> ResponseValidationError:
        try:
            request: httpx.Request | None = response.request
        except RuntimeError:  # a Response built by hand has no request attached
            request = None
        return ResponseValidationError(
            operation=operation,
            status_code=response.status_code,
            method=request.method if request is not None else "?",
            # Never the query string: the deprecated auth scheme puts the key there.
            path=request.url.path if request is not None else "?",
            json_path=json_path(path),
            # A problem can quote the value it is about ("'...' is not a date-time"), and that
            # value can be an echoed key.
            problem=redact(message, secrets),
            content=_redacted(response.content, secrets),
        )

    # Every failure is raised outside the handler that caught the cause: raised inside, even with
    # "from None", the cause stays reachable as __context__, and a JSONDecodeError's .doc is the
    # whole body (with any key it echoes), a model error's message the value it choked on.
    undecodable: str | None = None
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError included
        undecodable = type(error).__name__
    if undecodable is not None:
        raise failure((), f"the body is not JSON ({undecodable})")
    try:
        return build(data)
    except _MODEL_ERRORS:
        pass  # find out where, and whether a tolerated form explains it
    try:
        url_path = response.request.url.path
    except RuntimeError:
        url_path = ""
    data, problem = schemas.check(
        operation, response.status_code, data, schemas.path_params(operation, url_path)
    )
    if problem is not None:
        raise failure(problem.path, problem.message)
    try:
        return build(data)
    except _MODEL_ERRORS as error:
        # The schema accepts the body but the model does not (a generator/spec mismatch), or the
        # schema says nothing about this answer's shape.
        refusal = f"{type(error).__name__}: {error}"
    raise failure((), f"the answer could not be built ({refusal})")
