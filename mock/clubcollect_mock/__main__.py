"""``python -m clubcollect_mock``."""

import sys

from clubcollect_mock.cli import main

sys.exit(main())
