from datetime import date


def length_of_stay(admitted, discharged):
    start = date.fromisoformat(admitted)
    end = date.fromisoformat(discharged)
    if end < start:
        raise ValueError("Discharged before admitted: check the dates")
    # Counts the admission day and the discharge day both, so a same-day stay is 1.
    return (end - start).days + 1
