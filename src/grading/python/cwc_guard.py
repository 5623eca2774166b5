"""Keeping each request fresh, and the learner's code away from the machinery that grades it.

The interpreter is snapshotted once, when the harness is installed (before any learner code has run). Every request
starts and ends by putting it back: built-ins, the standard library's modules (bindings, and for the modules the
harness and typical tests run on, their functions' code and classes too), sys.modules, sys.path, the working folder,
the recursion limit and the standard streams. Within a request, what the tests rely on is put back before each test
and checked after it: a test during which the learner's code replaced `len`, `math.isclose` or `pytest.approx` is
reported as an error, never as a pass.
"""
import builtins
import gc
import os
import posix
import sys

from cwc_snapshot import DeepSnapshot, Snapshot

# Imported at install time so their pristine state is part of the snapshot (exercises use these most).
COMMON_MODULES = (
    "math", "statistics", "csv", "json", "datetime", "decimal", "fractions", "re", "random", "collections",
    "itertools", "functools", "string", "io", "operator", "dataclasses", "enum", "typing", "textwrap",
)
# Pure-Python modules the harness itself calls while grading: protected down to their functions' code.
HARNESS_RELIES_ON = (
    "ast", "json", "json.encoder", "json.decoder", "traceback", "linecache", "inspect", "difflib", "os",
    "posixpath", "shutil", "re", "re._compiler", "re._parser", "tokenize", "contextlib", "functools", "types",
    "enum", "collections", "statistics", "fractions", "random", "dataclasses", "string", "textwrap", "csv",
    "datetime", "typing", "operator",
)
# Modules whose namespaces legitimately change while Python runs: never restored or checked wholesale.
_LIVE = {"sys", "builtins", "__main__", "js", "pyodide_js"}


def _refuse_exit(code=0):
    """os._exit / os.abort would end Python for good in the browser; treat them like sys.exit()."""
    raise SystemExit(code)


# Reading every live object would reach the tests and the harness's own state: refused to all code, always.
_REFUSED_EVENTS = frozenset(("gc.get_objects", "gc.get_referrers", "gc.get_referents"))


def _audit(event, args):
    """Installed once, before any learner code: refuses the events above, and further audit hooks (which would
    run code of the learner's whenever the harness does anything)."""
    if event in _REFUSED_EVENTS or event == "sys.addaudithook":
        raise RuntimeError(f"{event} is not available here")


_MONITORING = getattr(sys, "monitoring", None)


def _monitoring_tools():
    if _MONITORING is None:
        return {}
    return {tool: _MONITORING.get_tool(tool) for tool in range(6) if _MONITORING.get_tool(tool) is not None}


def quiet_hooks(baseline_tools):
    """No learner code may run behind the harness's back: gc callbacks, trace, profile and monitoring tools off."""
    gc.callbacks.clear()
    sys.settrace(None)
    sys.setprofile(None)
    if _MONITORING is not None:
        for tool in range(6):
            if _MONITORING.get_tool(tool) is not None and tool not in baseline_tools:
                try:
                    _MONITORING.clear_tool_id(tool)
                except AttributeError:
                    pass
                _MONITORING.free_tool_id(tool)


def _hidden(name):
    """The harness's own modules: installed under these names, then removed. Never bring them back."""
    return name.startswith("cwc_") or name == "harness"


class Baseline:
    """The interpreter as it was before any learner code ran, and how to get back there."""

    def __init__(self):
        for name in COMMON_MODULES:
            __import__(name)
        self.modules = {n: m for n, m in sys.modules.items() if not _hidden(n)}
        deep = {n for n in HARNESS_RELIES_ON if n in self.modules}
        self.snapshots = [
            DeepSnapshot(module, f"{name}.") if name in deep else Snapshot(module, f"{name}.")
            for name, module in self.modules.items()
            if type(module).__name__ == "module" and name not in _LIVE and "pyodide" not in name
        ]
        # The harness's own modules too: learner code that reaches them through frames and rewrites a function
        # spoils at most the request it runs in.
        own = [DeepSnapshot(module, f"{name}.") for name, module in sys.modules.items()
               if _hidden(name) and type(module).__name__ == "module"]
        self.snapshots += own
        self.harness_snapshots = [s for s in self.snapshots if isinstance(s, DeepSnapshot)]
        self.builtins = Snapshot(builtins, "")
        self.path = list(sys.path)
        self.cwd = os.getcwd()
        self.recursion_limit = sys.getrecursionlimit()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.exits = [(module, name, getattr(module, name)) for module in (os, posix) for name in ("_exit", "abort")]
        self.monitoring_tools = _monitoring_tools()
        sys.addaudithook(_audit)

    def quiet(self):
        quiet_hooks(self.monitoring_tools)

    def block_exits(self):
        for module, name, _ in self.exits:
            setattr(module, name, _refuse_exit)

    def restore_modules(self, harness_only=False):
        """Put back every standard-library name, function and class attribute the learner's code replaced; with
        `harness_only`, just in the modules the harness itself runs on (quicker: done after every test)."""
        for snapshot in self.harness_snapshots if harness_only else self.snapshots:
            snapshot.restore()

    def reset(self):
        """Everything back as at install time. Safe to call twice, and after a request was cut short."""
        self.quiet()
        self.builtins.restore(drop_added=True)
        self.restore_modules()
        for name in [n for n in sys.modules if n not in self.modules]:
            del sys.modules[name]
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        sys.path[:] = self.path
        os.chdir(self.cwd)
        sys.setrecursionlimit(self.recursion_limit)
        sys.stdin, sys.stdout, sys.stderr = self.streams
        for module, name, original in self.exits:
            setattr(module, name, original)


class TestGuard:
    """What one test may not change: restored before the test, checked after it."""

    def __init__(self, owners, baseline):
        self.baseline = baseline
        self.snapshots = [
            DeepSnapshot(owner, label) if type(owner).__name__ == "module" else Snapshot(owner, label)
            for owner, label in owners
        ]

    def before(self):
        self.baseline.quiet()
        for snapshot in self.snapshots:
            snapshot.restore(drop_added=snapshot is self.snapshots[0])

    def tampered(self):
        """The first thing the test's code replaced, e.g. "len" or "math.isclose"; None when all is intact."""
        if sys.gettrace() is not None:
            return "sys.settrace"
        if sys.getprofile() is not None:
            return "sys.setprofile"
        if gc.callbacks:
            return "gc.callbacks"
        if _monitoring_tools().keys() - self.baseline.monitoring_tools.keys():
            return "sys.monitoring"
        for snapshot in self.snapshots:
            name = snapshot.changed()
            if name:
                return name
        return None
