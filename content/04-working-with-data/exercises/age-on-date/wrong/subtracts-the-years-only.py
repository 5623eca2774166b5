from datetime import date


def age_on(date_of_birth, on_date):
    born = date.fromisoformat(date_of_birth)
    on = date.fromisoformat(on_date)
    if on < born:
        raise ValueError(f"{on_date} is before the date of birth, {date_of_birth}")
    return on.year - born.year
