# The seven parameters a NEWS2 score needs, in chart order.
REQUIRED = ["resp_rate", "spo2", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def missing_observations(obs):
    """The REQUIRED names that are absent from obs or recorded as None, in chart order."""
    # TODO: go through REQUIRED and collect every name that is missing from obs or is None
    return []


print(missing_observations({"resp_rate": 18, "spo2": 96, "on_oxygen": False, "pulse": None}))
