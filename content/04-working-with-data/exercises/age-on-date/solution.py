from datetime import date


def age_on(date_of_birth, on_date):
    """Age in completed years on on_date; both dates are text in the form "YYYY-MM-DD"."""
    born = date.fromisoformat(date_of_birth)
    on = date.fromisoformat(on_date)
    if on < born:
        raise ValueError(f"{on_date} is before the date of birth, {date_of_birth}")
    age = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        age = age - 1
    return age


print(age_on("1968-04-12", "2024-05-01"))
