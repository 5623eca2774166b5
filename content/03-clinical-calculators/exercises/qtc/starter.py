import math


def qtc_bazett(qt_ms: float, heart_rate: float) -> float:
    """QTc in ms by Bazett's formula: QT / square root of RR (RR in seconds)."""
    # TODO: check the inputs, work out RR = 60 / heart rate, then correct the QT.
    return qt_ms


def qtc_fridericia(qt_ms: float, heart_rate: float) -> float:
    """QTc in ms by Fridericia's formula: QT / cube root of RR (RR in seconds)."""
    # TODO: as above, with the cube root.
    return qt_ms
