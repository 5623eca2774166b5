# Mistake: testing only the first value of each band. An off-by-one shows up on the other side of the edge
# (50 versus 51), so each edge needs the value just below it too.
def boundary_values(lower_bounds: list, step: float = 1) -> list:
    values = []
    for bound in lower_bounds:
        values.append(bound)
    return values


def find_mismatches(calculator, cases: list) -> list:
    mismatches = []
    for value, expected in cases:
        if calculator(value) != expected:
            mismatches.append(value)
    return mismatches
