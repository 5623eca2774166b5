"""A private copy of unittest for the tests, with assertion messages that read like the bare-assert ones.

The copy is imported once, at install, and never placed in sys.modules: `import unittest` in the learner's code gets
the ordinary module, so patching `unittest.TestCase.assertEqual` there cannot touch the class the tests use.
"""
import importlib
import sys

from cwc_asserts import TestFailure, _with_message
from cwc_trust import a_type, equal, ordered, show


def load_private_unittest():
    """{module name: module} for a fresh `unittest` package and its submodules, outside sys.modules."""
    ours = [name for name in sys.modules if name == "unittest" or name.startswith("unittest.")]
    saved = {name: sys.modules.pop(name) for name in ours}
    try:
        importlib.import_module("unittest")
        importlib.import_module("unittest.case")
        private = {name: sys.modules.pop(name) for name in list(sys.modules)
                   if name == "unittest" or name.startswith("unittest.")}
    finally:
        sys.modules.update(saved)
    _friendly_assertions(private["unittest.case"].TestCase)
    return private


def _fail(message, detail, got):
    raise TestFailure(_with_message(message, detail), got, True)


class _Raises:
    """assertRaises as a context manager (or called with a function), with a plain failure message."""

    def __init__(self, expected, pattern=None, message=None):
        self.expected, self.pattern, self.message = expected, pattern, message
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        names = " or ".join(k.__name__ for k in (self.expected if isinstance(self.expected, tuple) else
                                                  (self.expected,)))
        if kind is None:
            _fail(self.message, f"expected {names} to be raised, but no error was raised", None)
        if not issubclass(kind, self.expected):
            return False
        self.exception = value
        if self.pattern is not None:
            import re
            if not re.search(self.pattern, str(value)):
                _fail(self.message, f"expected the {kind.__name__} message to match {self.pattern!r}, "
                                    f"got {str(value)!r}", None)
        return True


def _friendly_assertions(case):
    def assertEqual(self, first, second, msg=None):
        if not equal(first, second, None):
            _fail(msg, f"expected {show(second)}, got {show(first)}", first)

    def assertNotEqual(self, first, second, msg=None):
        if equal(first, second, None):
            _fail(msg, f"expected something other than {show(second)}, got {show(first)}", first)

    def assertTrue(self, expr, msg=None):
        if not expr:
            _fail(msg, f"expected a true value, got {show(expr)}", expr)

    def assertFalse(self, expr, msg=None):
        if expr:
            _fail(msg, f"expected a false value, got {show(expr)}", expr)

    def assertIs(self, first, second, msg=None):
        if first is not second:
            _fail(msg, f"expected {show(second)}, got {show(first)}", first)

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            _fail(msg, f"expected something other than {show(second)}, got {show(first)}", first)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            _fail(msg, f"expected None, got {show(obj)}", obj)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            _fail(msg, "expected a value, got None", obj)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            _fail(msg, f"expected {show(container)} to contain {show(member)}", container)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            _fail(msg, f"expected {show(container)} not to contain {show(member)}", container)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            name = " or ".join(a_type(k) for k in (cls if isinstance(cls, tuple) else (cls,)))
            _fail(msg, f"expected {name}, got {show(obj)} ({a_type(obj)})", obj)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None:
            if abs(first - second) <= delta:
                return
            _fail(msg, f"expected {show(second)} ± {show(delta)}, got {show(first)}", first)
        places = 7 if places is None else places
        if first == second or round(abs(second - first), places) == 0:
            return
        _fail(msg, f"expected {show(second)} (to {places} decimal places), got {show(first)}", first)

    def _ordering(op, words):
        def check(self, first, second, msg=None):
            if not ordered(op, first, second):
                _fail(msg, f"expected a value {words} {show(second)}, got {show(first)}", first)
        return check

    def assertRaises(self, expected, *args, msg=None, **kwargs):
        context = _Raises(expected, message=msg)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)
        return None

    def assertRaisesRegex(self, expected, pattern, *args, msg=None, **kwargs):
        context = _Raises(expected, pattern, msg)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)
        return None

    methods = dict(locals())
    methods.update(
        assertGreater=_ordering(">", "more than"), assertGreaterEqual=_ordering(">=", "at least"),
        assertLess=_ordering("<", "less than"), assertLessEqual=_ordering("<=", "at most"),
    )
    for name, method in methods.items():
        if name.startswith("assert"):
            setattr(case, name, method)
    case.failureException = AssertionError
