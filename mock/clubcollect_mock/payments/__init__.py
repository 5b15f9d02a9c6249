"""Payments as the vendor's Payments page describes them (openapi/DECISIONS.md part P).

The mock's own reading of that page, independent of the spec and the client: signed start links
(``/api/v2/payments/<method>``) that answer 302 to a small checkout page under ``/_mock/checkout``
where a developer picks the outcome, the signed redirect back to the partner, the status call,
the feed, and payment notifications to the notify URL. ``/_mock/`` controls drive outcomes
without a browser.
"""
