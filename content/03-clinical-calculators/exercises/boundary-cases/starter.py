def boundary_values(lower_bounds: list, step: float = 1) -> list:
    """For each band's lower edge: the value one step below it, then the edge itself."""
    values = []
    # TODO: loop over lower_bounds and append bound - step, then bound.
    return values


def find_mismatches(calculator, cases: list) -> list:
    """The values in cases ([[value, expected], ...]) where calculator(value) is not the expected answer."""
    mismatches = []
    # TODO: loop over the pairs, call calculator on each value, and collect the values that don't match.
    return mismatches
