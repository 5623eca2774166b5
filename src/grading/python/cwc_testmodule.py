"""Loading the exercise's test file as a private module the learner's code cannot reach.

The test module is never put in sys.modules. Its built-ins are a private copy (so replacing `builtins.len` from the
learner's code changes nothing the tests see), holding the assert helpers and an `__import__` that hands the tests
their own copies of pytest and unittest.
"""
import ast
import os
import types

from cwc_asserts import make_helpers, rewrite

TESTS_PREFIX = "<exercise tests>/"


def new_pytest(code, builtins_namespace):
    """A fresh pytest stand-in module (see cwc_pytest.py) running on the given built-ins."""
    module = types.ModuleType("pytest")
    module.__dict__["__builtins__"] = builtins_namespace
    exec(code, module.__dict__)
    return module


class TestImporter:
    """`__import__` for the test module: private pytest and unittest; everything else as usual, noted down."""

    def __init__(self, real_import, pytest_module, unittest_modules):
        self.real_import = real_import
        self.pytest = pytest_module
        self.unittest = unittest_modules
        self.imported = {}
        # Which of the private test libraries the tests imported ("pytest", "unittest"): only those need guarding.
        self.private_used = set()

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name == "pytest":
            self.private_used.add("pytest")
            return self.pytest
        if level == 0 and (name == "unittest" or name.startswith("unittest.")):
            self.private_used.add("unittest")
            return self._unittest(name, globals, locals, fromlist)
        module = self.real_import(name, globals, locals, fromlist, level)
        if level == 0 and name != "solution" and not name.startswith("solution."):
            self.imported[name.split(".")[0]] = self.real_import(name.split(".")[0])
        return module

    def _unittest(self, name, globals, locals, fromlist):
        package = self.unittest["unittest"]
        if name not in self.unittest:  # e.g. unittest.mock: the ordinary module, reachable from our package
            module = self.real_import(name, globals, locals, ("*",), 0)
            setattr(package, name.split(".", 1)[1].split(".")[0], module)
            return module if fromlist else package
        for attr in fromlist or ():
            if attr != "*" and not hasattr(self.unittest[name], attr):
                setattr(self.unittest[name], attr, self.real_import(f"{name}.{attr}", None, None, ("*",), 0))
        return self.unittest[name] if fromlist else package


class TestFile:
    """What the harness works out from a test file before running it: parsed, the names it takes from `solution`,
    and (on first use) its asserts rewritten and compiled.

    Every Check of an exercise sends the same test file, so the last few are kept (`test_file()`): parsing,
    rewriting and compiling them again each time would be most of a Check's own work. Nothing here is ever run or
    changed by a request: each Check still executes the code afresh, in a new module."""

    def __init__(self, tests):
        self.path, self.content = tests["path"], tests["content"]
        self.label = TESTS_PREFIX + self.path
        self.tree = ast.parse(self.content, filename=self.label)  # SyntaxError propagates
        self.wanted = _wanted_definitions(self.tree)
        self._code = None

    def code(self):
        if self._code is None:
            tree = ast.parse(self.content, filename=self.label)
            self._code = compile(rewrite(tree, self.content), self.label, "exec", dont_inherit=True)
        return self._code


_KEPT = {}
_KEEP = 8


def test_file(tests):
    """The TestFile for these tests (path and content), made once and kept for the next Checks."""
    key = (tests["path"], tests["content"])
    found = _KEPT.pop(key, None) or TestFile(tests)
    _KEPT[key] = found  # most recent last
    while len(_KEPT) > _KEEP:
        del _KEPT[next(iter(_KEPT))]
    return found


def load_test_module(test_file, private_builtins, importer, input_function, approx_type):
    """Run the (rewritten) test file in a new private module and return it."""
    code = test_file.code()
    test_builtins = dict(private_builtins)
    test_builtins.update(make_helpers(approx_type))
    test_builtins["__import__"] = importer
    test_builtins["input"] = input_function
    name = os.path.splitext(os.path.basename(test_file.path))[0] or "tests"
    module = types.ModuleType(name)
    module.__dict__.update(__builtins__=test_builtins, __file__=test_file.label)
    exec(code, module.__dict__)
    return module


def _wanted_definitions(test_tree):
    """[(name, called?)] for each name the tests take from `solution`, in the order they appear (with repeats)."""
    called, uses = set(), []
    for node in ast.walk(test_tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            called.add(node.func.id)
        elif isinstance(node, ast.ImportFrom) and node.module == "solution" and node.level == 0:
            uses.append(node)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "solution":
            uses.append(node)
    wanted = []
    for node in uses:
        if isinstance(node, ast.ImportFrom):
            wanted += [(a.name, (a.asname or a.name) in called) for a in node.names if a.name != "*"]
        else:
            wanted.append((node.attr, True))
    return wanted


def missing_definitions(wanted, learner_namespace):
    """Of the names the tests take from `solution` (TestFile.wanted), those the learner's code doesn't define:
    [(name, called?)]."""
    seen, missing = set(), []
    for name, is_called in wanted:
        if name not in learner_namespace and name not in seen:
            seen.add(name)
            missing.append((name, is_called))
    return missing
