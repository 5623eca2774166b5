# Values from the referral letter.
weight_lb = 165
height_cm = 172
glucose_mg_dl = 100

weight_kg = round(weight_lb * 0.45359237, 1)
height_m = height_cm / 100
height_m_squared = height_m ** 2
glucose_mmol_l = round(glucose_mg_dl / 18, 1)

print("Weight (kg):", weight_kg)
print("Height (m):", height_m)
print("Height squared (m2):", height_m_squared)
print("Glucose (mmol/L):", glucose_mmol_l)
