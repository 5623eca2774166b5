def bmi(weight_kg, height_m):
    """Body mass index: weight in kg divided by height in metres squared, rounded to 1 decimal place."""
    # TODO: raise a ValueError if height_m is 0 or less, or more than 3 (probably centimetres)
    # TODO: work out the BMI and return it, rounded to 1 decimal place
    return 0


print(bmi(70, 1.75))
