def running_balance(intake_ml, output_ml):
    """The running fluid balance (in so far minus out so far) at the end of each hour."""
    # TODO: raise a ValueError if the two lists have different lengths
    # TODO: go through the hours in order, keeping a running total, and collect it for each hour
    return []


print(running_balance([100, 250, 0], [0, 300, 50]))
