# Overnight fluid intake for bed 4.
oral_ml = 0  # TODO: change 0 to the oral intake, 350
iv_ml = 0  # TODO: change 0 to the IV intake, 1000
total_intake_ml = 0  # TODO: add the two variables above together

print("Total intake (mL):", total_intake_ml)
