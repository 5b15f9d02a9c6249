"""What the facade consists of, read from the spec and the ``facade:`` mapping of generator/config.yaml.

The mapping names, per resource, which operation each method calls::

    facade:
      invoices:
        get: get_invoice                                      # returns the answer's model
        lines: {operation: list_invoice_lines, returns: invoice_lines}   # one array of it

Everything else comes from the spec: path parameters become positional arguments, query
parameters and the fields of the JSON body keyword arguments; the success answer's schema is
the return type. A list operation that pages (a ``page_number`` query parameter, and an answer
holding a ``page`` object beside one array) returns a page object.

:func:`build` never raises for a bad mapping: it returns every problem it finds (an operation
without a method, a method without an operation, a name used twice, an argument clashing with
another), so regen can refuse to render and lint can report all of them at once.
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from generator.facade.names import class_name as make_class_name
from generator.facade.names import python_identifier

FIELD_PREFIX = "field_"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: Keyword arguments every method takes besides the operation's own.
OPTION_ARGUMENTS = frozenset({"timeout", "extra_headers", "extra_query", "max_retries"})
#: Attributes of the client objects that a resource must not shadow.
RESERVED_RESOURCES = frozenset(
    {"notifications", "with_options", "close", "low_level", "base_url", "max_retries"}
)
#: Attributes of a resource object that a method must not shadow.
RESERVED_METHODS = frozenset({"with_raw_response"})
#: The counts a page object reports beside ``page_number`` (which is the one asked for), each a
#: property of the page classes in client_addons/pages.py.
PAGE_COUNTS = ("page_size", "total_entries", "total_pages")

ResultKind = Literal["none", "model", "unwrap", "page"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the mapping; ``where`` is a JSON pointer into the spec or a config path."""

    where: str
    message: str


@dataclass(frozen=True)
class Arg:
    """One argument of a method: ``name`` in Python, ``wire`` in the request."""

    name: str
    wire: str
    annotation: str
    required: bool
    convert: bool  # the value needs to_wire() (models, TypedDicts, dates, lists of them)
    description: str = ""

    @property
    def signature_annotation(self) -> str:
        """The annotation in a signature: optional arguments also take None (= not sent)."""
        if self.required or "None" in self.annotation.split(" | "):
            return self.annotation
        return f"{self.annotation} | None"

    @property
    def value(self) -> str:
        """The expression that puts this argument into a request."""
        return f"to_wire({self.name})" if self.convert else self.name


@dataclass(frozen=True)
class Method:
    resource: str
    name: str
    operation: str
    module: str  # the operation's generated module, relative to the package: api.invoices.get_invoice
    http_method: str
    path: str
    path_args: tuple[Arg, ...]
    query_args: tuple[Arg, ...]
    body_args: tuple[Arg, ...]
    sends_body: bool
    success_statuses: tuple[int, ...]
    result: ResultKind
    model: str | None  # class of the parsed answer (None when the answer has no body)
    item: str | None  # class of the listed items (unwrap and page)
    items_property: str | None
    summary: str
    deprecated: bool
    # A paged list: the class of its answer's ``page`` object, and the counts of it the spec
    # requires (typed ``int`` on the list's own page class instead of the general ``int | None``).
    page_model: str | None = None
    page_counts: tuple[str, ...] = ()

    @property
    def page_class(self) -> str:
        """The list's own page class (``ImportsListPage``); ``Async`` + it for the async twin."""
        return make_class_name(f"{self.resource}_{self.name}_page", FIELD_PREFIX)

    @property
    def paginator_class(self) -> str:
        """What the async list method returns (``AsyncImportsListPaginator``)."""
        return make_class_name(f"async_{self.resource}_{self.name}_paginator", FIELD_PREFIX)

    @property
    def path_expression(self) -> str:
        """The request path as Python: an f-string when it has parameters."""
        text = self.path
        if not self.path_args:
            return repr(text)
        for arg in self.path_args:
            text = text.replace("{" + arg.wire + "}", "{path_segment(" + arg.name + ")}")
        return "f" + repr(text)

    @property
    def items_attr(self) -> str | None:
        return python_identifier(self.items_property, FIELD_PREFIX) if self.items_property else None

    @property
    def page_size_arg(self) -> Arg | None:
        return next((a for a in self.query_args if a.wire == "page_size"), None)

    @property
    def keyword_args(self) -> tuple[Arg, ...]:
        # Required ones first, so the signature reads like the spec's "required" list.
        both = self.query_args + self.body_args
        return tuple(a for a in both if a.required) + tuple(a for a in both if not a.required)

    @property
    def paged_query_args(self) -> tuple[Arg, ...]:
        """Query arguments other than ``page_number`` (which the page object drives)."""
        return tuple(a for a in self.query_args if a.wire != "page_number")

    @property
    def first_page_arg(self) -> Arg | None:
        return next((a for a in self.query_args if a.wire == "page_number"), None)


@dataclass(frozen=True)
class Resource:
    name: str
    class_name: str
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class ParamField:
    key: str
    annotation: str
    required: bool
    description: str = ""


@dataclass(frozen=True)
class ParamType:
    """A TypedDict accepted wherever a request takes the object ``model`` describes."""

    name: str
    model: str
    fields: tuple[ParamField, ...]
    description: str

    @property
    def keys_are_identifiers(self) -> bool:
        return all(f.key.isidentifier() and not keyword.iskeyword(f.key) for f in self.fields)


@dataclass
class Facade:
    resources: list[Resource] = field(default_factory=list)
    params: list[ParamType] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    models: set[str] = field(default_factory=set)  # model classes the resource modules import

    def resource_models(self, resource: Resource) -> list[str]:
        names: set[str] = set()
        for method in resource.methods:
            names.update(n for n in (method.model, method.item, method.page_model) if n)
            for arg in (*method.path_args, *method.keyword_args):
                names.update(_names_in(arg.annotation, self.models))
        return sorted(names)

    def resource_params(self, resource: Resource) -> list[str]:
        known = {p.name for p in self.params}
        names: set[str] = set()
        for method in resource.methods:
            for arg in method.keyword_args:
                names.update(_names_in(arg.annotation, known))
        return sorted(names)


def _names_in(annotation: str, known: set[str]) -> set[str]:
    words = set(annotation.replace("[", " ").replace("]", " ").replace("|", " ").replace(",", " ").split())
    return words & known


# ----------------------------------------------------------------------------- config


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (PyYAML silently keeps the last one)."""


def _construct_mapping(
    loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is given twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass(frozen=True)
class Config:
    mapping: Any
    class_overrides: Mapping[str, str]
    problems: tuple[Problem, ...] = ()
    # operationId -> where partners find it instead (operations the facade deliberately leaves out)
    outside: Any = None


def load_config(path: Path) -> Config:
    """The ``facade`` mapping and the class renames of generator/config.yaml."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506
    except yaml.YAMLError as exc:
        return Config(None, {}, (Problem(f"{path.name}", f"cannot read the config: {exc}"),))
    data = data if isinstance(data, Mapping) else {}
    overrides = {
        name: str(value["class_name"])
        for name, value in (data.get("class_overrides") or {}).items()
        if isinstance(value, Mapping) and value.get("class_name")
    }
    return Config(data.get("facade"), overrides, outside=data.get("facade_outside"))


# ----------------------------------------------------------------------------- spec access


class _Spec:
    def __init__(self, spec: Mapping[str, Any], class_overrides: Mapping[str, str]) -> None:
        self.spec = spec
        self.class_overrides = class_overrides

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return node
            seen.add(ref)
            target: Any = self.spec
            for token in ref[2:].split("/"):
                target = target.get(token.replace("~1", "/").replace("~0", "~"), {})
            node = target
        return node

    @staticmethod
    def schema_name(node: Any) -> str | None:
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        prefix = "#/components/schemas/"
        return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None

    def class_name(self, schema: str) -> str:
        return self.class_overrides.get(schema) or make_class_name(schema, FIELD_PREFIX)

    def operations(self) -> list[tuple[str, str, str, Mapping[str, Any], list[Any]]]:
        """(operationId, METHOD, path, operation, path-level parameters) in spec order."""
        found = []
        for path, item in (self.spec.get("paths") or {}).items():
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping) and isinstance(operation.get("operationId"), str):
                    found.append(
                        (
                            operation["operationId"],
                            method.upper(),
                            path,
                            operation,
                            list(item.get("parameters", [])),
                        )
                    )
        return found


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _is_object(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


# ----------------------------------------------------------------------------- types


class _Types:
    """Python annotations for request values, collecting the TypedDicts they need."""

    def __init__(self, spec: _Spec) -> None:
        self.spec = spec
        self.params: dict[str, ParamType] = {}
        self.models: set[str] = set()

    def annotation(self, node: Any) -> tuple[str, bool]:
        """(annotation, needs to_wire) for one request value's schema."""
        name = self.spec.schema_name(node)
        schema = self.spec.resolve(node)
        if not isinstance(schema, Mapping):
            return "object", True
        if name is not None and isinstance(schema.get("enum"), list):
            cls = self.spec.class_name(name)
            self.models.add(cls)
            return f"{cls} | {self._literal(schema['enum'])}", False
        if name is not None and _is_object(schema):
            cls = self.spec.class_name(name)
            self.models.add(cls)
            self.param_type(name, schema)
            return f"{cls}Param | {cls}", True
        return self._inline(schema)

    def _inline(self, schema: Mapping[str, Any]) -> tuple[str, bool]:
        if isinstance(schema.get("enum"), list):
            return self._literal(schema["enum"]), False
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                parts = [self.annotation(member) for member in schema[key]]
                return _union([p[0] for p in parts]), any(p[1] for p in parts)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            parts = [self._inline({**schema, "type": k}) for k in kinds]
            text = _union([p[0] for p in parts] + (["None"] if "null" in kind else []))
            return text, any(p[1] for p in parts)
        if kind == "string":
            if schema.get("format") == "date-time":
                return "datetime.datetime | str", True
            if schema.get("format") == "date":
                return "datetime.date | str", True
            return "str", False
        if kind == "integer":
            return "int", False
        if kind == "number":
            return "float", False
        if kind == "boolean":
            return "bool", False
        if kind == "null":
            return "None", False
        if kind == "array":
            item, _ = self.annotation(schema.get("items", {}))
            return f"Sequence[{item}]", True
        if _is_object(schema):
            return "Mapping[str, object]", True
        return "object", True

    @staticmethod
    def _literal(values: Sequence[Any]) -> str:
        return "Literal[" + ", ".join(repr(v) for v in values if v is not None) + "]"

    def param_type(self, name: str, schema: Mapping[str, Any]) -> None:
        cls = self.spec.class_name(name)
        type_name = f"{cls}Param"
        if type_name in self.params:
            return
        # Registered before the fields are read, so a schema that refers to itself terminates.
        self.params[type_name] = ParamType(type_name, cls, (), "")
        required = set(schema.get("required") or [])
        fields = []
        for key, prop in (schema.get("properties") or {}).items():
            annotation, _ = self.annotation(prop)
            is_required = key in required
            if not is_required and "None" not in annotation.split(" | "):
                annotation = f"{annotation} | None"
            fields.append(ParamField(key, annotation, is_required, _description(prop, self.spec)))
        self.params[type_name] = ParamType(
            type_name, cls, tuple(fields), str(schema.get("description") or "").strip()
        )


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in seen:
                seen.append(piece)
    # None last, as people write it.
    return " | ".join([p for p in seen if p != "None"] + (["None"] if "None" in seen else []))


def _description(node: Any, spec: _Spec) -> str:
    if isinstance(node, Mapping) and node.get("description"):
        return " ".join(str(node["description"]).split())
    resolved = spec.resolve(node)
    if isinstance(resolved, Mapping) and resolved.get("description"):
        return " ".join(str(resolved["description"]).split())
    return ""


# ----------------------------------------------------------------------------- build


def _mapping_entries(mapping: Any, problems: list[Problem]) -> list[tuple[str, str, str, str | None]]:
    """(resource, method, operationId, returns) for every well-formed entry of the mapping."""
    if not isinstance(mapping, Mapping):
        problems.append(Problem("config.yaml#/facade", "the facade mapping is missing or not a mapping"))
        return []
    entries: list[tuple[str, str, str, str | None]] = []
    for resource, methods in mapping.items():
        where = f"config.yaml#/facade/{_escape(str(resource))}"
        if not _good_name(resource) or resource in RESERVED_RESOURCES:
            problems.append(
                Problem(where, f"resource name {resource!r} is not usable (reserved or not an identifier)")
            )
            continue
        if not isinstance(methods, Mapping):
            problems.append(Problem(where, "must map method names to operations"))
            continue
        for name, target in methods.items():
            here = f"{where}/{_escape(str(name))}"
            if not _good_name(name) or name in RESERVED_METHODS:
                problems.append(
                    Problem(here, f"method name {name!r} is not usable (reserved or not an identifier)")
                )
                continue
            if isinstance(target, str):
                entries.append((resource, name, target, None))
            elif (
                isinstance(target, Mapping)
                and isinstance(target.get("operation"), str)
                and set(target) <= {"operation", "returns"}
                and isinstance(target.get("returns", ""), str)
            ):
                entries.append((resource, name, target["operation"], target.get("returns")))
            else:
                problems.append(Problem(here, "must be an operationId or {operation: id, returns: property}"))
    return entries


def _outside_entries(
    outside: Any, operations: Mapping[str, Any], mapped: Mapping[str, str], problems: list[Problem]
) -> set[str]:
    """The operations ``facade_outside`` leaves to hand-written code, each with a reason."""
    if outside is None:
        return set()
    if not isinstance(outside, Mapping):
        problems.append(
            Problem("config.yaml#/facade_outside", "must map operationIds to where they are served")
        )
        return set()
    found = set()
    for operation_id, reason in outside.items():
        where = f"config.yaml#/facade_outside/{_escape(str(operation_id))}"
        if operation_id not in operations:
            problems.append(Problem(where, f"no operation {operation_id} in the spec"))
        elif operation_id in mapped:
            problems.append(
                Problem(where, f"operation {operation_id} is also the method {mapped[operation_id]}")
            )
        elif not isinstance(reason, str) or not reason.strip():
            problems.append(Problem(where, "say where partners find this operation instead"))
        else:
            found.add(operation_id)
    return found


def _good_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )


def build(spec: Mapping[str, Any], config: Config) -> Facade:
    """The facade for ``spec`` under ``config``'s mapping, with every problem found."""
    facade = Facade(problems=list(config.problems))
    view = _Spec(spec, config.class_overrides)
    types = _Types(view)
    operations = {op[0]: op for op in view.operations()}
    entries = _mapping_entries(config.mapping, facade.problems)

    mapped: dict[str, str] = {}
    by_resource: dict[str, list[Method]] = {}
    for resource, name, operation_id, returns in entries:
        where = f"config.yaml#/facade/{_escape(resource)}/{_escape(name)}"
        if operation_id in mapped:
            facade.problems.append(
                Problem(where, f"operation {operation_id} is already the method {mapped[operation_id]}")
            )
            continue
        if operation_id not in operations:
            facade.problems.append(Problem(where, f"no operation {operation_id} in the spec"))
            continue
        mapped[operation_id] = f"{resource}.{name}"
        method = _method(view, types, resource, name, operations[operation_id], returns, facade.problems)
        if method is not None:
            by_resource.setdefault(resource, []).append(method)

    outside = _outside_entries(config.outside, operations, mapped, facade.problems)
    for operation_id, _, path, _, _ in operations.values():
        if operation_id not in mapped and operation_id not in outside:
            facade.problems.append(
                Problem(
                    f"/paths/{_escape(path)}",
                    f"operation {operation_id} has no facade method: "
                    "map it under `facade:` in generator/config.yaml",
                )
            )

    facade.resources = [
        Resource(name, make_class_name(name, FIELD_PREFIX), tuple(methods))
        for name, methods in by_resource.items()
    ]
    _check_page_class_names(view, facade)
    facade.params = sorted(types.params.values(), key=lambda p: p.name)
    facade.models = types.models | {
        n for r in facade.resources for m in r.methods for n in (m.model, m.item, m.page_model) if n
    }
    return facade


def _parameters(view: _Spec, operation: Mapping[str, Any], shared: list[Any]) -> list[Mapping[str, Any]]:
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for node in [*shared, *operation.get("parameters", [])]:
        parameter = view.resolve(node)
        if isinstance(parameter, Mapping) and "name" in parameter:
            merged[(parameter["name"], parameter.get("in", ""))] = parameter
    return list(merged.values())


def _success(view: _Spec, operation: Mapping[str, Any]) -> tuple[tuple[int, ...], Any]:
    statuses: list[int] = []
    schema: Any = None
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).isdigit() or not 200 <= int(status) < 300:
            continue
        statuses.append(int(status))
        content = (view.resolve(response).get("content") or {}).get("application/json")
        if schema is None and isinstance(content, Mapping) and "schema" in content:
            schema = content["schema"]
    return tuple(sorted(statuses)), schema


def _method(
    view: _Spec,
    types: _Types,
    resource: str,
    name: str,
    found: tuple[str, str, str, Mapping[str, Any], list[Any]],
    returns: str | None,
    problems: list[Problem],
) -> Method | None:
    operation_id, http_method, path, operation, shared = found
    where = f"/paths/{_escape(path)}/{http_method.lower()}"
    tag = (operation.get("tags") or ["default"])[0]
    module = f"api.{python_identifier(tag, 'tag')}.{python_identifier(operation_id, FIELD_PREFIX)}"

    path_args: list[Arg] = []
    query_args: list[Arg] = []
    for parameter in _parameters(view, operation, shared):
        annotation, convert = types.annotation(parameter.get("schema", {}))
        arg = Arg(
            name=python_identifier(parameter["name"], FIELD_PREFIX),
            wire=parameter["name"],
            annotation=annotation,
            required=bool(parameter.get("required")) or parameter.get("in") == "path",
            convert=convert,
            description=_description(parameter, view),
        )
        if parameter.get("in") == "path":
            path_args.append(arg)
        elif parameter.get("in") == "query":
            query_args.append(arg)
        else:
            problems.append(
                Problem(where, f"{parameter.get('in')} parameter {parameter['name']} is not supported")
            )
    # Positional arguments follow the order of the placeholders in the path.
    path_args.sort(key=lambda a: path.find("{" + a.wire + "}"))

    body_args: list[Arg] = []
    sends_body = False
    body = view.resolve(operation.get("requestBody") or {})
    body_content = (body.get("content") or {}).get("application/json") if isinstance(body, Mapping) else None
    if isinstance(body_content, Mapping):
        sends_body = True
        schema = view.resolve(body_content.get("schema", {}))
        name_of_body = view.schema_name(body_content.get("schema", {}))
        if name_of_body and schema.get("properties"):
            types.param_type(name_of_body, schema)
        required = set(schema.get("required") or [])
        for key, prop in (schema.get("properties") or {}).items():
            annotation, convert = types.annotation(prop)
            body_args.append(
                Arg(
                    name=python_identifier(key, FIELD_PREFIX),
                    wire=key,
                    annotation=annotation,
                    required=key in required,
                    convert=convert,
                    description=_description(prop, view),
                )
            )

    names = [a.name for a in (*path_args, *query_args, *body_args)]
    for clash in sorted(
        {n for n in names if names.count(n) > 1} | (set(names) & (OPTION_ARGUMENTS | {"self"}))
    ):
        problems.append(Problem(where, f"{resource}.{name}: argument {clash!r} would be defined twice"))

    statuses, success_schema = _success(view, operation)
    if not statuses:
        problems.append(Problem(where, f"{operation_id} documents no 2xx answer"))
        return None
    model_name = view.schema_name(success_schema) if success_schema is not None else None
    resolved = view.resolve(success_schema) if success_schema is not None else None
    if success_schema is not None and model_name is None:
        problems.append(Problem(where, f"{operation_id}: the success answer must be a $ref to a schema"))
        return None
    model = view.class_name(model_name) if model_name else None

    result: ResultKind = "model" if model else "none"
    item: str | None = None
    items_property: str | None = None
    properties = resolved.get("properties", {}) if isinstance(resolved, Mapping) else {}
    arrays = {k: v for k, v in properties.items() if view.resolve(v).get("type") == "array"}
    if returns is not None:
        if returns not in arrays:
            problems.append(
                Problem(
                    f"config.yaml#/facade/{_escape(resource)}/{_escape(name)}",
                    f"returns: {returns!r} is not an array property of the answer of {operation_id}",
                )
            )
            return None
        result, items_property = "unwrap", returns
    elif "page" in properties and len(arrays) == 1 and any(a.wire == "page_number" for a in query_args):
        result, items_property = "page", next(iter(arrays))
    page_model: str | None = None
    page_counts: tuple[str, ...] = ()
    if result == "page":
        page_model, page_counts = _page_object(view, properties["page"])
    if items_property is not None:
        item_name = view.schema_name(view.resolve(arrays[items_property]).get("items", {}))
        if item_name is None:
            problems.append(
                Problem(where, f"{operation_id}: {items_property} items must be a $ref to a schema")
            )
            return None
        item = view.class_name(item_name)

    return Method(
        resource=resource,
        name=name,
        operation=operation_id,
        module=module,
        http_method=http_method,
        path=path,
        path_args=tuple(path_args),
        query_args=tuple(query_args),
        body_args=tuple(body_args),
        sends_body=sends_body,
        success_statuses=statuses,
        result=result,
        model=model,
        item=item,
        items_property=items_property,
        summary=" ".join(str(operation.get("summary") or operation_id).split()),
        deprecated=bool(operation.get("deprecated")),
        page_model=page_model,
        page_counts=page_counts,
    )


def _check_page_class_names(view: _Spec, facade: Facade) -> None:
    """A list's page classes live beside the models in the resource modules: no name may repeat."""
    schemas = (view.spec.get("components") or {}).get("schemas") or {}
    taken = {view.class_name(name) for name in schemas} | {r.class_name for r in facade.resources}
    for resource in facade.resources:
        for method in resource.methods:
            if method.result != "page":
                continue
            for name in (method.page_class, f"Async{method.page_class}", method.paginator_class):
                if name in taken:
                    facade.problems.append(
                        Problem(
                            f"config.yaml#/facade/{_escape(resource.name)}/{_escape(method.name)}",
                            f"the page class {name} of {resource.name}.{method.name} clashes with "
                            "a model or another class of that name: rename the method",
                        )
                    )
                taken.add(name)


def _page_object(view: _Spec, node: Any) -> tuple[str | None, tuple[str, ...]]:
    """The class of a list answer's ``page`` object and the integer counts its schema requires.

    A page object given inline (no class of its own) types nothing: its counts stay ``int | None``.
    """
    name = view.schema_name(node)
    schema = view.resolve(node)
    if name is None or not isinstance(schema, Mapping):
        return None, ()
    required = set(schema.get("required") or [])
    properties = schema.get("properties") or {}
    counts = tuple(
        count
        for count in PAGE_COUNTS
        if count in required and view.resolve(properties.get(count, {})).get("type") == "integer"
    )
    return view.class_name(name), counts
