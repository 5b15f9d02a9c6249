"""Run inside a staged tree after ``mutmut run``: print every mutant's outcome as JSON lines.

It reads mutmut's own result files through mutmut's functions (mutmut is pinned in
constraints.txt), so the outcome and the diff are exactly what ``mutmut results`` / ``mutmut show``
would print, without starting one process per mutant.
"""

from __future__ import annotations

import json
import sys

from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files

from mutation_testing.outcomes import MISSED


def main() -> int:
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        for name, exit_code in sorted(data.exit_code_by_key.items()):
            status = status_by_exit_code[exit_code]
            # Only survivors need their change shown (and matched against survivors.toml).
            diff = get_diff_for_mutant(name, path=path) if status in MISSED else ""
            print(json.dumps({"file": str(path), "name": name, "status": status, "diff": diff}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
