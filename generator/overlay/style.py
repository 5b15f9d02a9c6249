"""The YAML conventions of ``openapi/clubcollect-v2.yaml``, for reading it and for new nodes.

The spec is written by hand: two-space mappings, lists indented under their key, single quotes
where a scalar needs quoting, ``null`` spelt out, ``|`` blocks for prose, and small leaf schemas
in flow style (``reference: {type: [string, 'null']}``, ``enum: [a, b]``). Nodes an overlay adds
follow the same conventions; nodes it leaves alone are never re-rendered (see ``splice``).
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import LiteralScalarString

# A flow node longer than this is written in block style instead (the file's lines stay short).
FLOW_LIMIT = 72
# Where the file wraps a long flow list.
WRAP_WIDTH = 100


def _represent_null(representer: RoundTripRepresenter, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def spec_yaml() -> YAML:
    """A round-trip YAML reader and writer set to the spec file's layout."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never wrap prose or flow nodes mid-way; long flow lists: wrap_flow_lists
    yaml.representer.add_representer(type(None), _represent_null)
    return yaml


def render(yaml: YAML, tree: Any) -> str:
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _flow_length(value: Any) -> int:
    """Roughly how long the node is when written on one line."""
    if isinstance(value, dict):
        return 2 + sum(len(str(k)) + 2 + _flow_length(v) + 2 for k, v in value.items())
    if isinstance(value, list):
        return 2 + sum(_flow_length(v) + 2 for v in value)
    return len(str(value)) + 2


def _flowable(value: Any) -> bool:
    """A leaf the file writes on one line: scalars (or lists of them), no prose, short."""
    if isinstance(value, dict):
        members = list(value.values())
        leaf = all(_is_scalar(v) or (isinstance(v, list) and all(map(_is_scalar, v))) for v in members)
    elif isinstance(value, list):
        members = value
        leaf = all(map(_is_scalar, members))
    else:
        return False
    prose = any(isinstance(v, str) and ("\n" in v or len(v) > 40) for v in members)
    # a node marked for review stands out on lines of its own
    marked = isinstance(value, dict) and "x-review" in value
    return leaf and not prose and not marked and _flow_length(value) <= FLOW_LIMIT


def styled(value: Any) -> Any:
    """Plain data (from JSON or YAML) as round-trip nodes in the file's style."""
    if isinstance(value, dict):
        node = CommentedMap((str(k), styled(v)) for k, v in value.items())
        if _flowable(value):
            node.fa.set_flow_style()
        else:
            node.fa.set_block_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(styled(v) for v in value)
        if _flowable(value):
            seq.fa.set_flow_style()
        else:
            seq.fa.set_block_style()
        return seq
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value if value.endswith("\n") else value + "\n")
    return value


# One line holding a flow list of plain or quoted scalars: "    required: [a, b, 'c']".
_FLOW_LIST_LINE = re.compile(
    r"^(?P<indent> *)(?P<head>(?:- )?[^\s#'\"\[{][^#'\"\[{]*?: )\[(?P<items>[^\[\]{}#]*)\]$"
)


_QUOTED_COMMA = re.compile(r"'[^']*,[^']*'|\"[^\"]*,[^\"]*\"")


def wrap_flow_lists(text: str, width: int = WRAP_WIDTH) -> str:
    """Long one-line flow lists wrapped the way the file wraps them: at a comma, continuation
    lines two spaces deeper than the key. Lists whose items hold a comma are left alone."""
    lines = []
    for line in text.split("\n"):
        match = _FLOW_LIST_LINE.match(line)
        if len(line) <= width or match is None:
            lines.append(line)
            continue
        if _QUOTED_COMMA.search(match["items"]):
            lines.append(line)
            continue
        items = match["items"].split(", ")
        current = f"{match['indent']}{match['head']}["
        continuation = " " * (len(match["indent"]) + 2)
        for index, item in enumerate(items):
            piece = item + ("]" if index == len(items) - 1 else ",")
            if len(current) + 1 + len(piece) > width and not current.endswith("["):
                lines.append(current.rstrip())
                current = continuation + piece
            else:
                current += ("" if current.endswith("[") else " ") + piece
        lines.append(current)
    return "\n".join(lines)
