"""``python -m generator release``: a release of clubcollect-client from the spec changes since the last.

- :mod:`generator.release.version`: the client's version (``generator/config.yaml``) and its bump
- :mod:`generator.release.record`: what the last release was made from (``openapi/released/``)
- :mod:`generator.release.notes`: the CHANGELOG section, from ``generator diff``'s classification
- :mod:`generator.release.cli`: the command
"""
