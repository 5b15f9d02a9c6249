"""The inspector: ``GET /_mock/`` shows the mock's state as HTML for people, and
``GET /treasurer/sso`` lands a treasurer's SSO link on their company's page.

``state`` reads (never writes), ``pages`` and ``html`` render, ``sso`` checks links, ``routes``
serves them. Like the rest of ``/_mock/`` it is unauthenticated: a local test facility.
"""
