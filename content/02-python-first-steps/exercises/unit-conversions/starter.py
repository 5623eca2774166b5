# Values from the referral letter.
weight_lb = 165
height_cm = 172
glucose_mg_dl = 100

weight_kg = 0  # TODO: convert pounds to kilograms (1 lb = 0.45359237 kg), rounded to 1 decimal place
height_m = 0  # TODO: convert centimetres to metres
height_m_squared = 0  # TODO: height in metres, squared
glucose_mmol_l = 0  # TODO: divide mg/dL by 18, rounded to 1 decimal place

print("Weight (kg):", weight_kg)
print("Height (m):", height_m)
print("Height squared (m2):", height_m_squared)
print("Glucose (mmol/L):", glucose_mmol_l)
