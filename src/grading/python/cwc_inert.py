"""Whether running a learner's module could have changed anything outside it.

After the learner's code has loaded, the harness puts back every standard-library name it may have replaced before
the tests run (a pass over thousands of names). Most learners' files only define functions and set variables:
running such a file cannot touch another module. `inert(tree)` says so from the parsed code alone, so that pass can
be skipped. It is deliberately narrow: anything it does not know to be harmless (a call, a decorator, a `with`, a
subscript, an attribute or item assignment, an in-place operator, a class with bases) makes it answer False, and the
full pass runs as before. The guards around each test do not depend on it.

    inert(ast.parse("weight = 70\ndef bmi(w, h):\n    return w / h ** 2\n"))   # True
    inert(ast.parse("import math\nmath.pi = 3\n"))                            # False
"""
import ast

# Statements that only bind names in the module being run (their parts are checked too).
_BINDING = (ast.Import, ast.ImportFrom, ast.Pass, ast.Global, ast.Nonlocal, ast.Break, ast.Continue)
# Expressions that evaluate without running code of the learner's, given inert parts. Calls, subscripts (which can
# reach a class's __class_getitem__), await and yield are not here.
_EXPRESSIONS = (
    ast.Constant, ast.Name, ast.Attribute, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.BinOp, ast.UnaryOp,
    ast.BoolOp, ast.Compare, ast.IfExp, ast.JoinedStr, ast.FormattedValue, ast.Lambda, ast.ListComp, ast.SetComp,
    ast.DictComp, ast.GeneratorExp, ast.comprehension, ast.NamedExpr, ast.Starred, ast.arguments, ast.arg,
    ast.keyword, ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop,
)


def inert(tree):
    """True when running this module can only bind names in it (and import modules)."""
    return all(_statement(node) for node in tree.body)


def _statement(node):
    if isinstance(node, _BINDING):
        return True
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        # The body runs only when called (by the tests, inside their guards); defaults run now.
        return (not node.decorator_list and not getattr(node, "type_params", None)
                and _expressions(node.args.defaults + [d for d in node.args.kw_defaults if d is not None]))
    if isinstance(node, ast.ClassDef):
        # The body runs now. Bases or keywords could bring a metaclass or __init_subclass__ of the learner's.
        return (not node.decorator_list and not node.bases and not node.keywords
                and not getattr(node, "type_params", None) and all(_statement(s) for s in node.body))
    if isinstance(node, ast.Assign):
        return all(_name_target(t) for t in node.targets) and _expression(node.value)
    if isinstance(node, ast.AnnAssign):
        return _name_target(node.target) and (node.value is None or _expression(node.value))
    if isinstance(node, ast.Delete):
        return all(isinstance(t, ast.Name) for t in node.targets)
    if isinstance(node, ast.Expr):
        return _expression(node.value)
    if isinstance(node, ast.If):
        return _expression(node.test) and _block(node.body) and _block(node.orelse)
    if isinstance(node, ast.While):
        return _expression(node.test) and _block(node.body) and _block(node.orelse)
    if isinstance(node, ast.For):
        return (_name_target(node.target) and _expression(node.iter) and _block(node.body)
                and _block(node.orelse))
    if isinstance(node, ast.Try):
        return (_block(node.body) and _block(node.orelse) and _block(node.finalbody)
                and all((h.type is None or _expression(h.type)) and _block(h.body) for h in node.handlers))
    if isinstance(node, ast.Raise):
        return (node.exc is None or _expression(node.exc)) and (node.cause is None or _expression(node.cause))
    if isinstance(node, ast.Assert):
        return _expression(node.test) and (node.msg is None or _expression(node.msg))
    return False  # with, match, augmented assignment, anything newer: not known to be harmless


def _block(statements):
    return all(_statement(s) for s in statements)


def _name_target(target):
    if isinstance(target, ast.Name):
        return True
    if isinstance(target, (ast.Tuple, ast.List)):
        return all(_name_target(t) for t in target.elts)
    if isinstance(target, ast.Starred):
        return _name_target(target.value)
    return False


def _expressions(nodes):
    return all(_expression(n) for n in nodes)


def _expression(node):
    for part in ast.walk(node):
        if isinstance(part, ast.Lambda):
            # Its body runs only when called; its defaults run now (and are walked as its `args`).
            continue
        if not isinstance(part, _EXPRESSIONS):
            return False
        if isinstance(part, ast.comprehension) and not _name_target(part.target):
            return False
        if isinstance(part, ast.NamedExpr) and not isinstance(part.target, ast.Name):
            return False
    return True
