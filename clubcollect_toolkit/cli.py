"""``clubcollect COMMAND [ARGS...]``: every tool of the toolkit behind one installed command.

``lint``, ``regen``, ``check``, ``drift`` and ``diff`` are the generator's commands (the same as
``python -m generator COMMAND``, which keeps working); ``contract`` runs the packaged contract
suite (clubcollect_toolkit.contract). ``workflows`` is served by ``clubcollect_toolkit.workflows``
when this installation has it. Each command answers its own ``--help``.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata

from clubcollect_toolkit.resources import in_clone

GENERATOR_COMMANDS = {
    "lint": "validate the spec and apply the project's own rules",
    "regen": "rewrite a clone's generated_client/ from the spec",
    "check": "fail if a clone's generated_client/ differs from a fresh regen",
    "drift": "compare the vendor's documentation pages with the spec",
    "diff": "classify the changes between two spec versions (breaking or not)",
}
# regen and check write or compare generated_client/, client_runtime/ and client_addons/ of a clone.
CLONE_ONLY = frozenset({"regen", "check"})
CONTRACT_HELP = "run the contract suite against a server (default: the embedded mock)"
WORKFLOWS_MODULE = "clubcollect_toolkit.workflows"
WORKFLOWS_HELP = "run the integration guide's Arazzo workflows against a server"


def has_workflows() -> bool:
    return importlib.util.find_spec(WORKFLOWS_MODULE) is not None


def commands() -> dict[str, str]:
    listed = {**GENERATOR_COMMANDS, "contract": CONTRACT_HELP}
    if has_workflows():
        listed["workflows"] = WORKFLOWS_HELP
    return listed


def usage() -> str:
    lines = ["usage: clubcollect COMMAND [ARGS...]   (clubcollect COMMAND --help for its options)", ""]
    lines += ["commands:"] + [f"  {name:<9} {text}" for name, text in commands().items()]
    return "\n".join(lines)


def version() -> str:
    try:
        return metadata.version("clubcollect-toolkit")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def _generator(name: str) -> Callable[[list[str]], int]:
    def run(rest: list[str]) -> int:
        if name in CLONE_ONLY and not in_clone():
            print(
                f"clubcollect {name}: works on a clone of the toolkit's repository (it rewrites or "
                "compares generated_client/ there); run it from a clone with `pip install -e .`",
                file=sys.stderr,
            )
            return 2
        from generator.__main__ import main as generator_main

        return generator_main([name, *rest])

    return run


def _contract(rest: list[str]) -> int:
    from clubcollect_toolkit.contract import main as contract_main

    return contract_main(rest)


def _workflows(rest: list[str]) -> int:
    # Imported only when asked for: a toolkit without the module still serves every other command.
    module = importlib.import_module(WORKFLOWS_MODULE)
    status: int = module.main(rest)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(usage(), file=sys.stdout if args else sys.stderr)
        return 0 if args else 2
    if args[0] == "--version":
        print(f"clubcollect {version()}")
        return 0
    name, rest = args[0], args[1:]
    runners: dict[str, Callable[[list[str]], int]] = {cmd: _generator(cmd) for cmd in GENERATOR_COMMANDS}
    runners["contract"] = _contract
    if has_workflows():
        runners["workflows"] = _workflows
    if name not in runners:
        print(f"clubcollect: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    try:
        return runners[name](rest)
    except BrokenPipeError:  # output piped into a reader that stopped early (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except KeyboardInterrupt:
        print(f"clubcollect {name}: interrupted", file=sys.stderr)
        return 130
