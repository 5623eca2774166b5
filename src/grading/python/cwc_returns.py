"""Spotting the classic beginner slip: a function that prints its answer (or computes it) but never returns it."""
import ast


def _own_nodes(function):
    """Nodes in a function's body, not descending into nested functions, classes or lambdas."""
    stack = list(function.body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                stack.append(child)


def functions_without_return(tree):
    """{name: prints?} for the learner's top-level functions with no `return <value>` anywhere (an explicit
    `return None` counts as a decision, not a slip)."""
    found = {}
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        nodes = list(_own_nodes(node))
        returns = any(isinstance(n, ast.Return) and n.value is not None for n in nodes)
        generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in nodes)
        if not returns and not generator:
            found[node.name] = any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print" for n in nodes)
    return found


def solution_aliases(test_tree):
    """{name used in the tests: name in the learner's code} from `from solution import a as b`."""
    aliases = {}
    for node in ast.walk(test_tree):
        if isinstance(node, ast.ImportFrom) and node.module == "solution" and node.level == 0:
            for alias in node.names:
                aliases[alias.asname or alias.name] = alias.name
    return aliases


def _function_node(test_tree, func):
    """The FunctionDef in the test file for `func` (matched by name and first line)."""
    line = getattr(getattr(func, "__code__", None), "co_firstlineno", None)
    for node in ast.walk(test_tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == func.__name__:
            lines = [node.lineno] + [d.lineno for d in node.decorator_list]
            if line is None or line in lines:
                return node
    return None


def _called(node, aliases):
    names = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        if isinstance(call.func, ast.Name) and call.func.id in aliases:
            names.append(aliases[call.func.id])
        elif (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
              and call.func.value.id == "solution"):
            names.append(call.func.attr)
    return names


def missing_return_hint(func, test_tree, learner_tree):
    """A sentence about the learner's function the test called that never returns, or None."""
    node = _function_node(test_tree, func) if func is not None else None
    if node is None:
        return None
    silent = functions_without_return(learner_tree)
    for name in _called(node, solution_aliases(test_tree)):
        if name in silent:
            if silent[name]:
                return (f"`{name}()` prints its answer but doesn't `return` it, so the test gets None. "
                        "Change `print(...)` to `return ...`.")
            return (f"`{name}()` doesn't `return` anything, so the test gets None. "
                    "End the function with `return` and the answer.")
    return None
