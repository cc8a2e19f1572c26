# Handle NaN and Infinity in sensor data: default output, allow_nan=False, and sanitising
import json
import math

readings = {"s1": 20.5, "s2": float("nan"), "s3": float("inf"), "s4": -float("inf"), "s5": 18.25}

print("default:", json.dumps(readings))
back = json.loads(json.dumps(readings))
print("NaN survives as NaN:", math.isnan(back["s2"]), "| inf:", back["s3"], back["s4"])

try:
    json.dumps(readings, allow_nan=False)
except ValueError as exc:
    print("strict mode:", exc)

def sanitise(obj):
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: sanitise(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [sanitise(v) for v in obj]
    return obj

clean = sanitise(readings)
print("sanitised:", json.dumps(clean, allow_nan=False))
finite = [v for v in readings.values() if math.isfinite(v)]
print(f"finite mean: {sum(finite) / len(finite):.3f} over {len(finite)} sensors")
print("NaN == NaN after load:", back["s2"] == back["s2"])
print("strict parse of NaN:", json.loads("NaN", parse_constant=lambda c: None))
