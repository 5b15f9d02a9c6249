"""``python -m generator overlay apply FILE``: apply an OpenAPI Overlay 1.0 document to the spec.

- :mod:`generator.overlay.document`: read an overlay and refuse an invalid one (version, schema)
- :mod:`generator.overlay.actions`: run its actions on a round-trip YAML tree (RFC 9535 targets)
- :mod:`generator.overlay.style`: the YAML settings of the spec file, and new nodes in its style
- :mod:`generator.overlay.splice`: write back only the lines the change touched
- :mod:`generator.overlay.cli`: the command
"""
