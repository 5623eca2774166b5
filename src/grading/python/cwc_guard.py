"""Keeping each request fresh, and the learner's code away from the machinery that grades it.

The interpreter is snapshotted once, when the harness is installed (before any learner code has run). Every request
starts and ends by putting it back: built-ins, the standard library's module namespaces, sys.modules, sys.path, the
working directory, the recursion limit and the standard streams. Within a request, the names the tests rely on are
put back before each test and checked after it: a test during which the learner's code replaced `len`,
`math.isclose` or `pytest.approx` is reported as an error, never as a pass.
"""
import builtins
import os
import posix
import sys
import types

# Imported at install time so their pristine namespaces are part of the snapshot (exercises use these most).
COMMON_MODULES = (
    "math", "statistics", "csv", "json", "datetime", "decimal", "fractions", "re", "random", "collections",
    "itertools", "functools", "string", "io", "operator", "dataclasses", "enum", "typing", "textwrap",
)

# Modules whose namespaces legitimately change while Python runs: never restored or checked wholesale.
_LIVE = ("sys", "builtins", "__main__", "js", "pyodide_js")
_MISSING = object()


def _refuse_exit(code=0):
    """os._exit / os.abort would end Python for good in the browser; treat them like sys.exit()."""
    raise SystemExit(code)


class Snapshot:
    """The bindings of one namespace (a module's globals, the built-ins, a class) at one moment."""

    def __init__(self, owner, label):
        self.owner, self.label = owner, label
        self.is_class = isinstance(owner, type)
        self.saved = dict(vars(owner))

    def changed(self):
        """The first name now bound to something else (or removed), as `label.name`; None if all are intact."""
        current = vars(self.owner)
        for name, value in self.saved.items():
            if name.startswith("__") and name.endswith("__"):
                continue
            if current.get(name, _MISSING) is not value:
                return f"{self.label}{name}"
        return None

    def restore(self, drop_added=False):
        current = vars(self.owner)
        for name, value in self.saved.items():
            if current.get(name, _MISSING) is not value:
                self._set(name, value)
        if drop_added:
            for name in [n for n in current if n not in self.saved]:
                self._delete(name)

    def _set(self, name, value):
        if self.is_class:
            type.__setattr__(self.owner, name, value)
        else:
            self.owner.__dict__[name] = value

    def _delete(self, name):
        if self.is_class:
            type.__delattr__(self.owner, name)
        else:
            del self.owner.__dict__[name]


class Baseline:
    """The interpreter as it was before any learner code ran, and how to get back there."""

    def __init__(self):
        for name in COMMON_MODULES:
            __import__(name)
        # The harness's own modules are installed under these names and then hidden: never bring them back.
        self.modules = {n: m for n, m in sys.modules.items() if not n.startswith("cwc_") and n != "harness"}
        self.snapshots = [
            Snapshot(module, f"{name}.")
            for name, module in self.modules.items()
            if isinstance(module, types.ModuleType) and not name.startswith(_LIVE) and "pyodide" not in name
        ]
        self.builtins = Snapshot(builtins, "")
        self.path = list(sys.path)
        self.cwd = os.getcwd()
        self.recursion_limit = sys.getrecursionlimit()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.exits = [(module, name, getattr(module, name)) for module in (os, posix) for name in ("_exit", "abort")]

    def block_exits(self):
        for module, name, _ in self.exits:
            setattr(module, name, _refuse_exit)

    def restore_modules(self):
        """Put back every standard-library name the learner's code replaced (e.g. `math.sqrt = ...`)."""
        for snapshot in self.snapshots:
            snapshot.restore()

    def reset(self):
        """Everything back as at install time. Safe to call twice, and after a request was cut short."""
        sys.settrace(None)
        sys.setprofile(None)
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

    def __init__(self, owners):
        self.snapshots = [Snapshot(owner, label) for owner, label in owners]

    def before(self):
        sys.settrace(None)
        sys.setprofile(None)
        for snapshot in self.snapshots:
            snapshot.restore(drop_added=snapshot.label == "")

    def tampered(self):
        """The first name the test's code replaced, e.g. "len" or "math.isclose"; None when all is intact."""
        if sys.gettrace() is not None:
            return "sys.settrace"
        if sys.getprofile() is not None:
            return "sys.setprofile"
        for snapshot in self.snapshots:
            name = snapshot.changed()
            if name:
                return name
        return None
