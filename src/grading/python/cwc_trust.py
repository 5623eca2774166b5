"""Comparisons the learner's code cannot rig.

A function could return an object whose `__eq__` always answers True, and pass every `assert f(x) == 22.9`.
When the expected side is plain data (numbers, text, None, lists, tuples, dicts, sets, approx) and the learner's
value carries a comparison method written outside the standard library, we compare using the expected value's own
rules instead, so only a genuinely equal value passes.
"""
import os
import re

_PLAIN = (int, float, complex, bool, str, bytes, type(None), list, tuple, dict, set, frozenset)
_STDLIB = (os.path.dirname(os.__file__), os.path.dirname(os.path.dirname(os.__file__)) + "/python3")
_REFLECTED = {"<": "__gt__", "<=": "__ge__", ">": "__lt__", ">=": "__le__"}
_OWN = {"<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}
_MAX_ITEMS = 10_000


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def show(value):
    """repr() for messages: never raises, never floods, and without memory addresses (so feedback is repeatable)."""
    try:
        text = _ADDRESS.sub("", repr(value))
    except Exception:
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= 200 else text[:190] + " ... " + text[-5:]


def a_type(value_or_type):
    """"an int", "a str": the type's name with its article."""
    kind = value_or_type if isinstance(value_or_type, type) else type(value_or_type)
    name = kind.__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _trusted_method(cls, name):
    """True when `cls.<name>` is implemented in C or in the standard library."""
    for klass in cls.__mro__:
        if name in vars(klass):
            code = getattr(vars(klass)[name], "__code__", None)
            return code is None or code.co_filename.startswith(_STDLIB)
    return True


def _rigged(value, method, depth=0):
    """True when `value`, or anything inside a list/tuple/dict/set it holds, has an untrusted `method`."""
    if not _trusted_method(type(value), method):
        return True
    if depth >= 10:
        return False
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_rigged(item, method, depth + 1) for item in _first(value))
    if isinstance(value, dict):
        return any(_rigged(k, method, depth + 1) or _rigged(v, method, depth + 1) for k, v in _first(value.items()))
    return False


def _first(items):
    for index, item in enumerate(items):
        if index >= _MAX_ITEMS:
            return
        yield item


def _plain(value, approx_type, depth=0):
    if approx_type is not None and isinstance(value, approx_type):
        return True
    kind = type(value)
    if kind not in _PLAIN:
        return False
    if depth >= 10:
        return True
    if kind in (list, tuple, set, frozenset):
        return all(_plain(item, approx_type, depth + 1) for item in _first(value))
    if kind is dict:
        return all(_plain(k, None, depth + 1) and _plain(v, approx_type, depth + 1) for k, v in _first(value.items()))
    return True


def _strict_equal(got, expected, approx_type):
    if approx_type is not None and isinstance(expected, approx_type):
        return expected.mismatch(got) is None
    kind = type(expected)
    if kind in (list, tuple):
        return isinstance(got, kind) and len(got) == len(expected) and all(
            _strict_equal(g, e, approx_type) for g, e in zip(got, expected)
        )
    if kind is dict:
        return (isinstance(got, dict) and len(got) == len(expected)
                and all(k in got and _strict_equal(got[k], v, approx_type) for k, v in expected.items()))
    return kind.__eq__(expected, got) is True


def equal(got, expected, approx_type):
    """got == expected, without trusting a comparison the learner wrote when the expected value is plain data."""
    if approx_type is not None and isinstance(expected, approx_type):
        return expected.mismatch(got) is None
    if approx_type is not None and isinstance(got, approx_type):
        return got.mismatch(expected) is None
    if _plain(expected, approx_type) and _rigged(got, "__eq__"):
        return _strict_equal(got, expected, approx_type)
    return bool(got == expected)


def ordered(op, got, expected):
    """got <op> expected for <, <=, >, >=, asking the expected value (not the learner's) when it is plain data."""
    if type(expected) in _PLAIN and _rigged(got, _OWN[op]):
        return getattr(type(expected), _REFLECTED[op])(expected, got) is True
    return _compare(op, got, expected)


def _compare(op, got, expected):
    if op == "<":
        return bool(got < expected)
    if op == "<=":
        return bool(got <= expected)
    if op == ">":
        return bool(got > expected)
    return bool(got >= expected)
