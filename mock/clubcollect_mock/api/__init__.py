"""Handlers of the partner API under /api/v2, one module per resource."""
