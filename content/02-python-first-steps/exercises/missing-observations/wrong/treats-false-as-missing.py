REQUIRED = ["resp_rate", "spo2", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"]


def missing_observations(obs):
    missing = []
    for name in REQUIRED:
        # "not" is True for None, but also for False and 0.
        if not obs.get(name):
            missing.append(name)
    return missing
