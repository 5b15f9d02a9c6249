"""The facade (``ClubCollect`` / ``AsyncClubCollect``): resource classes generated from the spec.

``model`` reads the spec and the ``facade:`` mapping of ``generator/config.yaml`` into a plain
description of every resource method, and names every problem with the mapping; ``render``
turns that description into modules of the generated package through the Jinja templates in
``generator/templates/facade/`` (a post-hook of ``python -m generator regen``); ``lint`` reports
the mapping's problems through ``python -m generator lint``.
"""
