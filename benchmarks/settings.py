"""Run-wide options: full or quick."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    quick: bool = False

    def rounds(self, full: int) -> int:
        """Fewer repetitions in a quick run, never fewer than three (a median needs them)."""
        return max(3, full // 3) if self.quick else full

    def scale(self, full: int, quick: int) -> int:
        return quick if self.quick else full
