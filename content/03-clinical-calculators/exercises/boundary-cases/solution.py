def boundary_values(lower_bounds: list, step: float = 1) -> list:
    """For each band's lower edge: the value one step below it, then the edge itself."""
    values = []
    for bound in lower_bounds:
        values.append(bound - step)
        values.append(bound)
    return values


def find_mismatches(calculator, cases: list) -> list:
    """The values in cases ([[value, expected], ...]) where calculator(value) is not the expected answer."""
    mismatches = []
    for value, expected in cases:
        if calculator(value) != expected:
            mismatches.append(value)
    return mismatches
