"""A11: page sizes honoured up to 100, pages partition the list oldest first, totals consistent."""

from __future__ import annotations

import pytest

from contract_tests.api import Api
from contract_tests.paging import walk
from contract_tests.world import fresh_company, open_import

IMPORTS = 33  # more than the default page size of 30
SIZES = [None, 1, 4, 30, 32, 33, 100]


@pytest.fixture(scope="module")
def company_with_imports(api: Api) -> tuple[str, list[str]]:
    company_id = fresh_company(api)
    made = [open_import(api, company_id) for _ in range(IMPORTS)]
    return company_id, made


@pytest.mark.parametrize("page_size", SIZES)
def test_import_pages_partition_the_list(
    api: Api, company_with_imports: tuple[str, list[str]], page_size: int | None
) -> None:
    company_id, made = company_with_imports
    items, first = walk(api, f"/companies/{company_id}/imports", "imports", page_size, "pagination")
    ids = [item.get("import_id") for item in items]
    api.expect(
        ids == made,
        first,
        "pagination",
        f"pages (page_size={page_size}) must list every import once, oldest first "
        f"(got {len(ids)} items, {len(set(ids))} distinct, expected {len(made)})",
    )
    api.expect(
        all(item.get("company_id") == company_id for item in items), first, "pagination", "wrong company_id"
    )


@pytest.mark.parametrize(
    "params",
    [{"page_size": 0}, {"page_size": 101}, {"page_size": -1}, {"page_size": "ten"}, {"page_number": 0}],
)
def test_out_of_range_paging_is_refused(api: Api, params: dict[str, object]) -> None:
    for path in (
        f"/companies/{api.credentials.company_id}/imports",
        f"/companies/{api.credentials.company_id}/tickets/answered",
    ):
        api.expect_error(api.call("GET", path, params=params), 422, "invalid_request", "pagination-bounds")


def test_empty_company_lists_nothing(api: Api) -> None:
    company_id = fresh_company(api)
    exchange = api.call("GET", f"/companies/{company_id}/imports")
    body = api.ok_json(exchange, "pagination")
    page = body.get("page") or {}
    api.expect(
        body.get("imports") == [] and page.get("total_entries") == 0 and page.get("total_pages") == 0,
        exchange,
        "pagination",
        "an empty list has total_entries 0 and total_pages 0 (A11)",
    )
