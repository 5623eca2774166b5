# The seven parameters a NEWS2 score needs, in chart order.
REQUIRED = ["resp_rate", "spo2", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def missing_observations(obs):
    """The REQUIRED names that are absent from obs or recorded as None, in chart order."""
    missing = []
    for name in REQUIRED:
        if obs.get(name) is None:
            missing.append(name)
    return missing


print(missing_observations({"resp_rate": 18, "spo2": 96, "on_oxygen": False, "pulse": None}))
