def running_balance(intake_ml, output_ml):
    """The running fluid balance (in so far minus out so far) at the end of each hour."""
    if len(intake_ml) != len(output_ml):
        raise ValueError("Intake and output must have one entry per hour each")
    balance = 0
    balances = []
    for in_ml, out_ml in zip(intake_ml, output_ml):
        balance = balance + in_ml - out_ml
        balances.append(balance)
    return balances


print(running_balance([100, 250, 0], [0, 300, 50]))
