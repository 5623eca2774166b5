"""Syntax errors in the learner's code: where, the line with a caret under the problem, and a plain reading."""
import re

# Python's syntax messages, read for beginners. First match wins; patterns are searched in Python's message.
_SYNTAX_READINGS = [
    (r"expected ':'", "Python expected a colon `:` at the end of this line. Lines that start a block (def, if, "
     "elif, else, for, while) end with a colon."),
    (r"was never closed", "A bracket or quote opened here is never closed. Check every ( [ { has its partner."),
    (r"unterminated (triple-quoted )?string literal", "A piece of text starts with a quote mark but has no closing "
     "quote. Put the matching ' or \" at the end of the text."),
    (r"unmatched '", "There's a closing bracket here with no opening bracket to match it."),
    (r"does not match opening parenthesis", "The brackets don't pair up: a ( closes with ), a [ with ], a { "
     "with }."),
    (r"unexpected indent", "This line is indented more than Python expected. Line it up with the lines around it."),
    (r"expected an indented block", "The line before ends with a colon, so Python expected the next line to be "
     "indented (usually 4 spaces) as the body of that block."),
    (r"unindent does not match any outer indentation level", "This line's indentation doesn't line up with any "
     "line above it. Use the same number of spaces as the block it belongs to."),
    (r"inconsistent use of tabs and spaces", "This block mixes tabs and spaces for indenting. Use spaces only."),
    (r"Maybe you meant '==' or ':=' instead of '='", "A single `=` stores a value; to compare two values, use `==`."),
    (r"cannot assign to (function call|literal|expression)", "The left side of `=` must be a name to store the "
     "value in, like `total = ...`; Python can't store a value into a calculation or a call."),
    (r"Missing parentheses in call to 'print'", "In Python 3, print needs brackets: print(\"hello\")."),
    (r"invalid character|invalid non-printable character", "This line contains a character Python doesn't "
     "understand, often a curly quote (“ ” ‘ ’) or a symbol pasted from a document. Retype it as a plain ' or \"."),
    (r"invalid decimal literal", "A number runs straight into letters here (like `2x`). Put an operator between "
     "them, such as `2 * x`; names can't start with a digit."),
    (r"'return' outside function", "`return` can only be used inside a function (indented under a `def` line)."),
    (r"Perhaps you forgot a comma", "Two values sit side by side with nothing between them. Separate them with a "
     "comma, or join them with an operator such as +."),
    (r"invalid syntax", "Python couldn't make sense of this line. Look for a missing bracket, colon, quote or "
     "operator, here or at the end of the line above."),
]

_SYNTAX_FALLBACK = ("Python couldn't make sense of this line. Look for a missing bracket, colon, quote or operator, "
                    "here or on the line above.")


def syntax_diagnostic(err, source):
    """A diagnostic for a SyntaxError in the learner's code: position, the line with a caret, a plain reading."""
    line = err.lineno if isinstance(err.lineno, int) and err.lineno >= 1 else None
    column = err.offset if isinstance(err.offset, int) and err.offset >= 1 else None
    message = f"{type(err).__name__}: {err.msg}"
    reading = next((text for pattern, text in _SYNTAX_READINGS if re.search(pattern, err.msg)), _SYNTAX_FALLBACK)
    diagnostic = {"message": message, "explanation": reading, "code": type(err).__name__}
    lines = source.splitlines()
    if isinstance(err, IndentationError) and line is not None and line <= len(lines):
        # Python points inside the indentation; the caret reads better under the line's first character.
        text = lines[line - 1]
        column = len(text) - len(text.lstrip()) + 1
    if line is not None:
        diagnostic["line"] = line
        if line <= len(lines):
            end = err.end_offset if (getattr(err, "end_lineno", None) == line and isinstance(err.end_offset, int)) \
                else None
            diagnostic["excerpt"] = excerpt(lines[line - 1], column, end)
    if column is not None:
        diagnostic["column"] = column
    return diagnostic


def excerpt(text, column=None, end_column=None):
    """The source line, and under it a caret (or carets) at the 1-based column range, tabs kept so they line up."""
    text = text.rstrip("\r\n")
    if column is None:
        return text
    column = min(column, len(text) + 1)
    width = 1
    if isinstance(end_column, int) and end_column > column:
        width = min(end_column, len(text) + 1) - column
    lead = "".join(ch if ch == "\t" else " " for ch in text[: column - 1])
    return f"{text}\n{lead}{'^' * max(width, 1)}"
