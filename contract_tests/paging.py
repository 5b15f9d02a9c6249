"""Walk a paginated company list (A11) and check the envelope of every page."""

from __future__ import annotations

import math
from typing import Any

from contract_tests.api import Api, Exchange


def walk(api: Api, path: str, items_key: str, page_size: int | None, rule: str) -> tuple[list[Any], Exchange]:
    """All items of the list, page by page, after checking each page's envelope."""
    params: dict[str, Any] = {} if page_size is None else {"page_size": page_size}
    size = page_size or 30
    first = api.call("GET", path, params={**params, "page_number": 1})
    envelope = api.ok_json(first, rule)
    page = envelope.get("page") or {}
    total = page.get("total_entries")
    total_pages = page.get("total_pages")
    api.expect(
        isinstance(total, int) and total_pages == math.ceil(total / size) and page.get("page_size") == size,
        first,
        rule,
        f"page envelope inconsistent for page_size={page_size}: {page}",
    )
    items: list[Any] = []
    number = 1
    exchange = first
    while True:
        body = exchange.json() or {}
        chunk = body.get(items_key) or []
        current = body.get("page") or {}
        api.expect(current.get("page_number") == number, exchange, rule, f"page_number is not {number}")
        last = number >= (total_pages or 1)
        expected_len = size if not last else (total or 0) - size * (number - 1)
        api.expect(
            len(chunk) == max(expected_len, 0),
            exchange,
            rule,
            f"page {number} of size {size} holds {len(chunk)} items, expected {max(expected_len, 0)}",
        )
        items.extend(chunk)
        if last:
            break
        number += 1
        exchange = api.call("GET", path, params={**params, "page_number": number})
        api.ok_json(exchange, rule)
    beyond = api.call("GET", path, params={**params, "page_number": number + 1})
    api.expect(
        beyond.status == 200 and (beyond.json() or {}).get(items_key) == [],
        beyond,
        rule,
        "a page past the end must be 200 with an empty list",
    )
    return items, first
