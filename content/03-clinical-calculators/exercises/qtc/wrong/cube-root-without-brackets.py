# Mistake: no brackets round the power. Python reads rr ** 1 / 3 as (rr ** 1) / 3, so Fridericia divides
# by a third of RR instead of by its cube root.
import math


def rr_seconds(qt_ms: float, heart_rate: float) -> float:
    """The RR interval in seconds, after checking both inputs are possible."""
    if qt_ms <= 0:
        raise ValueError(f"QT must be more than 0 ms, not {qt_ms}.")
    if heart_rate <= 0:
        raise ValueError(f"Heart rate must be more than 0, not {heart_rate}.")
    return 60 / heart_rate


def qtc_bazett(qt_ms: float, heart_rate: float) -> float:
    """QTc in ms by Bazett's formula: QT / square root of RR (RR in seconds)."""
    return qt_ms / math.sqrt(rr_seconds(qt_ms, heart_rate))


def qtc_fridericia(qt_ms: float, heart_rate: float) -> float:
    """QTc in ms by Fridericia's formula: QT / cube root of RR (RR in seconds)."""
    rr = rr_seconds(qt_ms, heart_rate)
    return qt_ms / rr ** 1 / 3
