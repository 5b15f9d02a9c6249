"""Contract test suite: measures every divergence between the OpenAPI spec and a running server.

Run with ``pytest contract_tests``. By default an embedded mock is started; set
``CLUBCOLLECT_BASE_URL``, ``CLUBCOLLECT_API_KEY`` and ``CLUBCOLLECT_COMPANY_ID`` to test any
other server. See ``contract_tests/README.md``.
"""
