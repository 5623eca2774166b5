# Overnight fluid intake for bed 4.
oral_ml = 350
iv_ml = 1000
total_intake_ml = oral_ml + iv_ml

print("Total intake (mL):", total_intake_ml)
