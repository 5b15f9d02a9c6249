"""``python -m clubcollect_toolkit``: the ``clubcollect`` command without its script."""

from __future__ import annotations

import sys

from clubcollect_toolkit.cli import main

sys.exit(main())
