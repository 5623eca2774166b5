def bmi_category(bmi, adjusted=False):
    """The adult BMI category for an unrounded BMI.

    adjusted=True uses the lower cut-points for people of South Asian, Chinese, other Asian, Middle Eastern,
    Black African or African-Caribbean family background.
    """
    # TODO: raise a ValueError if bmi is 0 or less
    # TODO: return "underweight", "healthy weight", "overweight",
    #       "obesity class 1", "obesity class 2" or "obesity class 3"
    return "healthy weight"


print(bmi_category(24.99))
print(bmi_category(24.99, adjusted=True))
