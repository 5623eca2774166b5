"""Bare `assert` statements in test files, rewritten so a failure says what was expected and what the code gave.

`assert bmi(70, 1.75) == 22.9` becomes a call to a harness helper that evaluates both sides once and, when they
differ, raises TestFailure("expected 22.9, got 2290.0"). The helpers live under names no source code can spell
(`cwc@compare`), in the test module's private builtins, so neither the tests nor the learner's code can shadow them.
"""
import ast

from cwc_trust import a_type, equal, ordered, show

_OPS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}
_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_ORDER_WORDS = {"<": "less than", "<=": "at most", ">": "more than", ">=": "at least"}
_EXPECTED_NAMES = ("expected", "expect", "want", "wanted", "correct", "answer")


class TestFailure(AssertionError):
    """A test's check did not hold. `got` is the learner's value when we know it (None is a clue: missing return)."""

    def __init__(self, message, got=None, has_got=False):
        super().__init__(message)
        self.got, self.has_got = got, has_got


def _looks_expected(node):
    """True for the side of a comparison a tutor writes as the answer: literals, approx(...), EXPECTED names."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _looks_expected(node.operand)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(_looks_expected(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _looks_expected(k) and _looks_expected(v) for k, v in zip(node.keys, node.values))
    if isinstance(node, ast.Call):
        func = node.func
        return (isinstance(func, ast.Name) and func.id == "approx") or (
            isinstance(func, ast.Attribute) and func.attr == "approx"
        )
    if isinstance(node, ast.Name):
        return node.id.isupper() or node.id.lower().startswith(_EXPECTED_NAMES)
    return False


class _Rewriter(ast.NodeTransformer):
    def __init__(self, source):
        self.source = source

    def _text(self, node):
        text = ast.get_source_segment(self.source, node) or ast.unparse(node)
        text = " ".join(text.split())
        return text if len(text) <= 80 else text[:77] + "..."

    def visit_Assert(self, node):
        test, message = node.test, _message_arg(node.msg)
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            op = _OPS[type(test.ops[0])]
            right = test.comparators[0]
            swap = _looks_expected(test.left) and not _looks_expected(right)
            call = _call("cwc@compare", ast.Constant(op), test.left, right, ast.Constant(swap), message)
        elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            call = _call("cwc@truth", test.operand, ast.Constant(self._text(test.operand)), ast.Constant(False),
                         message)
        elif (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
              and len(test.args) == 2 and not test.keywords):
            call = _call("cwc@isinstance", test.args[0], test.args[1], message)
        else:
            call = _call("cwc@truth", test, ast.Constant(self._text(test)), ast.Constant(True), message)
        return ast.copy_location(ast.Expr(call), node)


def _call(name, *args):
    return ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=list(args), keywords=[])


def _message_arg(node):
    """The tutor's assert message, evaluated only if the assert fails (a lambda unless it is a constant)."""
    if node is None or isinstance(node, ast.Constant):
        return node or ast.Constant(None)
    empty = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    return ast.Lambda(args=empty, body=node)


def rewrite(tree, source):
    """Rewrite every assert in the parsed test module in place; returns the tree, ready to compile."""
    tree = _Rewriter(source).visit(tree)
    return ast.fix_missing_locations(tree)


def _with_message(message, detail):
    if callable(message):
        try:
            message = message()
        except Exception as exc:  # a broken tutor message must not hide the real result
            message = f"(the test's own message failed: {exc!r})"
    return detail if message in (None, "") else f"{message}\n{detail}"


def _describe(op, got, expected, approx_type):
    if op == "==":
        if isinstance(expected, approx_type):
            return expected.mismatch(got) or f"expected {show(expected)}, got {show(got)}"
        return f"expected {show(expected)}, got {show(got)}{_difference(got, expected)}"
    if op == "!=":
        return f"expected something other than {show(expected)}, got {show(got)}"
    if op in _ORDER_WORDS:
        return f"expected a value {_ORDER_WORDS[op]} {show(expected)}, got {show(got)}"
    if op == "is":
        return f"expected {show(expected)}, got {show(got)}"
    if op == "is not":
        return f"expected something other than {show(expected)}, got {show(got)}"
    return None


def _difference(got, expected):
    """A short pointer to the difference, when two values look alike."""
    if isinstance(got, str) and isinstance(expected, str):
        if got.lower() == expected.lower():
            return " (the capital letters differ)"
        if got.strip() == expected.strip():
            return " (check for spaces at the start or end)"
    if type(got) is not type(expected) and show(got) == show(expected):
        return f" ({a_type(got)}, not {a_type(expected)})"
    if isinstance(got, (list, tuple)) and isinstance(expected, (list, tuple)) and len(got) == len(expected):
        for index, (g, e) in enumerate(zip(got, expected)):
            if not equal(g, e, None):
                return f" (first difference at item {index}: expected {show(e)}, got {show(g)})"
    if isinstance(got, dict) and isinstance(expected, dict):
        missing = [k for k in expected if k not in got]
        if missing:
            return f" (missing key {show(missing[0])})"
    return ""


def make_helpers(approx_type):
    """The functions rewritten asserts call, bound to this request's private pytest.approx type."""

    def compare(op, left, right, swap, message):
        got, expected = (right, left) if swap else (left, right)
        if op in ("==", "!="):
            same = equal(got, expected, approx_type)
            if same == (op == "=="):
                return
            detail = _describe(op, got, expected, approx_type)
        elif op in _ORDER_WORDS:
            relation = _FLIPPED[op] if swap else op
            if ordered(relation, got, expected):
                return
            detail = _describe(relation, got, expected, approx_type)
        else:
            if _membership(op, left, right):
                return
            detail = _membership_text(op, left, right, swap)
        raise TestFailure(_with_message(message, detail), got, True)

    def truth(value, source, wanted, message):
        if bool(value) == wanted:
            return
        word = "true" if wanted else "false"
        raise TestFailure(_with_message(message, f"expected `{source}` to be {word}, got {show(value)}"), value, True)

    def is_instance(value, kinds, message):
        if isinstance(value, kinds):
            return
        names = " or ".join(a_type(k) for k in (kinds if isinstance(kinds, tuple) else (kinds,)))
        detail = f"expected {names}, got {show(value)} ({a_type(value)})"
        raise TestFailure(_with_message(message, detail), value, True)

    return {"cwc@compare": compare, "cwc@truth": truth, "cwc@isinstance": is_instance}


def _membership(op, left, right):
    if op == "in":
        return left in right
    if op == "not in":
        return left not in right
    if op == "is":
        return left is right
    return left is not right


def _membership_text(op, left, right, swap):
    if op == "in":
        return f"expected {show(right)} to contain {show(left)}" if swap else \
            f"expected one of {show(right)}, got {show(left)}"
    if op == "not in":
        return f"expected {show(right)} not to contain {show(left)}"
    got, expected = (right, left) if swap else (left, right)
    return _describe(op, got, expected, ())

