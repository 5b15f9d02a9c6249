"""Invoice and line ids drawn from the pooled random bytes: well formed, carrying the row, never
repeated, and never shared with a forked child."""

from __future__ import annotations

import subprocess
import sys

from clubcollect_mock.ids import invoice_seq_of, is_id, new_invoice_ids


def test_ids_are_well_formed_carry_the_row_and_never_repeat() -> None:
    seen: set[str] = set()
    # Enough draws to refill the 4 KB pool many times, with line counts across a refill.
    for seq in range(1, 600):
        lines = seq % 23
        invoice_id, line_ids = new_invoice_ids(seq, lines)
        assert is_id(invoice_id) and invoice_seq_of(invoice_id) == seq
        assert len(line_ids) == lines and all(map(is_id, line_ids))
        drawn = [invoice_id[12:], *line_ids]
        assert seen.isdisjoint(drawn) and len(set(drawn)) == len(drawn)
        seen.update(drawn)
    _, many = new_invoice_ids(1, 300)  # more than one pool's worth
    assert len(set(many)) == 300 and all(map(is_id, many))


# Forked in a fresh interpreter: forking the test process, which runs server threads, could hang.
_FORK_PROBE = """
import os
from clubcollect_mock.ids import new_invoice_ids
new_invoice_ids(1, 1)  # the parent's pool is filled before the fork
read, write = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(write, new_invoice_ids(1, 1)[1][0].encode())
    os._exit(0)
os.close(write)
child = os.read(read, 40).decode()
os.waitpid(pid, 0)
print(child, new_invoice_ids(1, 1)[1][0])
"""


def test_a_forked_child_draws_other_ids() -> None:
    probe = subprocess.run([sys.executable, "-c", _FORK_PROBE], capture_output=True, text=True, check=True)
    child, parent = probe.stdout.split()
    assert is_id(child) and is_id(parent) and child != parent
