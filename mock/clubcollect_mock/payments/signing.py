"""The vendor's signature as its Payments page describes it, written for the mock alone.

Non-empty parameters sorted by name, concatenated as ``namevalue``, SHA-256 digested; the digest
is HMAC-SHA256'd with the partner's API key and written in lower-case hex.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping


def signature_of(params: Mapping[str, str], api_key: str) -> str:
    text = "".join(name + params[name] for name in sorted(params) if params[name] != "")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return hmac.new(api_key.encode("utf-8"), digest, hashlib.sha256).hexdigest()


def is_signed(params: Mapping[str, str], signature: str | None, api_key: str) -> bool:
    """Constant-time check of ``signature`` (any hex case) against ``params``."""
    if not signature:
        return False
    expected = signature_of(params, api_key).encode("ascii")
    return hmac.compare_digest(expected, signature.lower().encode("utf-8", "replace"))
