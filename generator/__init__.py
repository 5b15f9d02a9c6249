"""Tools that keep the spec, the generated client and the vendor docs in step."""
