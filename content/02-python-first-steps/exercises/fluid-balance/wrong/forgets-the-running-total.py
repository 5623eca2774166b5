def running_balance(intake_ml, output_ml):
    if len(intake_ml) != len(output_ml):
        raise ValueError("Intake and output must have one entry per hour each")
    balances = []
    for in_ml, out_ml in zip(intake_ml, output_ml):
        # Each hour's own balance, not the total so far.
        balances.append(in_ml - out_ml)
    return balances
