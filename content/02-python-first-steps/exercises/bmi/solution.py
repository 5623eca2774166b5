def bmi(weight_kg, height_m):
    """Body mass index: weight in kg divided by height in metres squared, rounded to 1 decimal place."""
    if height_m <= 0:
        raise ValueError("Height must be more than 0 metres")
    if height_m > 3:
        raise ValueError("That looks like centimetres: give the height in metres, e.g. 1.75")
    return round(weight_kg / height_m ** 2, 1)


print(bmi(70, 1.75))
