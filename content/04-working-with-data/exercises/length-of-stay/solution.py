from datetime import date


def length_of_stay(admitted, discharged):
    """Days from admission to discharge; both dates are text in the form "YYYY-MM-DD"."""
    start = date.fromisoformat(admitted)
    end = date.fromisoformat(discharged)
    if end < start:
        raise ValueError(f"Discharged ({discharged}) before admitted ({admitted}): check the dates")
    return (end - start).days


print(length_of_stay("2024-02-27", "2024-03-02"))
