"""What the numbers were measured on: CPU, cores, memory, Python and library versions."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path

_LIBRARIES = ("httpx", "starlette", "uvicorn", "h11", "schemathesis", "hypothesis", "attrs")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def describe() -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"{_cpu_model()}, {usable} usable cores, {_memory_gib()} RAM",
        f"{platform.system()} {platform.release()}, "
        f"{platform.python_implementation()} {sys.version.split()[0]}",
        ", ".join(f"{name} {_version(name)}" for name in _LIBRARIES),
    ]
