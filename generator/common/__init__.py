"""Reading the spec: ``$ref`` resolution and schema shapes, shared by ``drift`` and ``diff``."""
