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

    def __call__(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name == "pytest":
            return self.pytest
        if level == 0 and (name == "unittest" or name.startswith("unittest.")):
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


def load_test_module(tests, private_builtins, importer, input_function, approx_type):
    """Parse, rewrite and run the test file; returns (module, file label, parsed tree). SyntaxError propagates."""
    label = TESTS_PREFIX + tests["path"]
    tree = ast.parse(tests["content"], filename=label)
    code = compile(rewrite(tree, tests["content"]), label, "exec", dont_inherit=True)
    test_builtins = dict(private_builtins)
    test_builtins.update(make_helpers(approx_type))
    test_builtins["__import__"] = importer
    test_builtins["input"] = input_function
    name = os.path.splitext(os.path.basename(tests["path"]))[0] or "tests"
    module = types.ModuleType(name)
    module.__dict__.update(__builtins__=test_builtins, __file__=label)
    exec(code, module.__dict__)
    return module, label, ast.parse(tests["content"])


def missing_definitions(test_tree, learner_namespace):
    """Names the tests take from `solution` that the learner's code doesn't define: [(name, called?)]."""
    wanted = []
    called = {n.func.id for n in ast.walk(test_tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    for node in ast.walk(test_tree):
        if isinstance(node, ast.ImportFrom) and node.module == "solution" and node.level == 0:
            wanted += [(a.name, (a.asname or a.name) in called) for a in node.names if a.name != "*"]
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "solution"):
            wanted.append((node.attr, True))
    seen, missing = set(), []
    for name, is_called in wanted:
        if name not in learner_namespace and name not in seen:
            seen.add(name)
            missing.append((name, is_called))
    return missing
