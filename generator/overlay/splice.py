"""Write a changed YAML tree back by replacing only the lines the change touched.

A round-trip YAML library keeps comments, key order and quotes, but it does not give back the
file byte for byte: it re-wraps long flow lists and may spell some scalars its own way. So the
tree is rendered twice, as loaded (``before``) and as changed (``after``); the lines that differ
between the two renderings are the change, and only those are put into the original text, at
the places where ``before`` and the original agree line for line. Where a change touches a line
the library renders differently from the original, the whole differing run is taken from
``after`` (a touched node may be re-wrapped; an untouched one never is).
"""

from __future__ import annotations

from difflib import SequenceMatcher


def _equal_map(old: list[str], new: list[str]) -> list[int | None]:
    """For each line of ``old``, its line in ``new`` where the two agree, else None."""
    found: list[int | None] = [None] * len(old)
    for tag, i1, i2, j1, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                found[i1 + offset] = j1 + offset
    return found


def splice(original: str, before: str, after: str) -> str:
    """``original`` with the change from ``before`` to ``after`` (renderings of one tree) applied."""
    source = original.splitlines(keepends=True)
    old = before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    in_source = _equal_map(old, source)
    in_new = _equal_map(old, new)
    hunks = [
        [i1, i2]
        for tag, i1, i2, _, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        if tag != "equal"
    ]
    merged: list[list[int]] = []
    for hunk in hunks:
        # Widen until both edges sit on lines the original and the rendering share.
        while hunk[0] > 0 and in_source[hunk[0] - 1] is None:
            hunk[0] -= 1
        while hunk[1] < len(old) and in_source[hunk[1]] is None:
            hunk[1] += 1
        if merged and hunk[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hunk[1])
        else:
            merged.append(hunk)
    pieces: list[str] = []
    position = 0
    for start, end in merged:
        source_start = 0 if start == 0 else _known(in_source[start - 1]) + 1
        source_end = len(source) if end == len(old) else _known(in_source[end])
        new_start = 0 if start == 0 else _known(in_new[start - 1]) + 1
        new_end = len(new) if end == len(old) else _known(in_new[end])
        pieces += source[position:source_start]
        pieces += new[new_start:new_end]
        position = source_end
    pieces += source[position:]
    return "".join(pieces)


def _known(index: int | None) -> int:
    if index is None:  # the edges were widened onto shared lines, and hunks never overlap them
        raise AssertionError("a hunk edge fell on a line the renderings do not share")
    return index
