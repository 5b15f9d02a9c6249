"""``python -m generator.facade render``: the post-hook that writes the facade into the package.

Runs inside the generator's output folder (as every post-hook does); the package is
``clubcollect_client/`` there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.facade.render import FacadeError, load_facade, render
from generator.postprocess import PACKAGE


def main(argv: list[str]) -> int:
    if argv != ["render"]:
        print("usage: python -m generator.facade render", file=sys.stderr)
        return 2
    try:
        render(Path.cwd() / PACKAGE, load_facade())
    except FacadeError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
