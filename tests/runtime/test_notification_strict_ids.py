"""strict_ids holds for both id lists of a notification, not only the invoice ids."""

from __future__ import annotations

import pytest

from clubcollect_client.runtime.notifications import InvalidNotification, parse_notification
from tests.runtime.test_runtime_notifications import CANARY, INVOICE_1, body


def test_strict_ids_refuses_an_import_id_that_is_not_forty_hex_digits() -> None:
    odd = "import-2026-01"
    document = body(invoice_ids=[INVOICE_1], import_ids=[odd])
    assert parse_notification(document, expected_api_key=CANARY).import_ids == (odd,)
    with pytest.raises(InvalidNotification) as caught:
        parse_notification(document, expected_api_key=CANARY, strict_ids=True)
    assert str(caught.value) == "notification import_ids[0] is not a valid id"
