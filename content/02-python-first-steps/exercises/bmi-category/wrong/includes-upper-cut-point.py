def bmi_category(bmi, adjusted=False):
    # Reads "healthy weight 18.5 to 25" as including 25 itself.
    if bmi <= 0:
        raise ValueError("BMI must be more than 0")
    if adjusted:
        overweight_from = 23
        class_1_from = 27.5
        class_2_from = 32.5
        class_3_from = 37.5
    else:
        overweight_from = 25
        class_1_from = 30
        class_2_from = 35
        class_3_from = 40
    if bmi < 18.5:
        return "underweight"
    elif bmi <= overweight_from:
        return "healthy weight"
    elif bmi <= class_1_from:
        return "overweight"
    elif bmi <= class_2_from:
        return "obesity class 1"
    elif bmi <= class_3_from:
        return "obesity class 2"
    else:
        return "obesity class 3"
