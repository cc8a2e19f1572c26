# Round-trip very large integers and IDs through JSON, and compare with float behaviour
import json

payload = {
    "tweet_id": 1790012345678901234,
    "factorial_25": 15511210043330985984000000,
    "two_pow_64": 2 ** 64,
    "negative": -(10 ** 30),
    "as_float": float(2 ** 64),
}
text = json.dumps(payload)
print(text)
back = json.loads(text)
for k, v in back.items():
    print(f"{k:<13} {type(v).__name__:<5} equal={v == payload[k]}")

id_str = "1790012345678901234"
print("id as float loses precision:", int(float(id_str)), int(float(id_str)) == int(id_str))
print("JS-safe?", {k: abs(v) <= 2 ** 53 - 1 for k, v in payload.items() if isinstance(v, int)})
safe = {k: (str(v) if isinstance(v, int) and abs(v) > 2 ** 53 - 1 else v) for k, v in payload.items()}
print(json.dumps(safe, indent=1))
huge = json.loads("1" + "0" * 60)
print(huge, len(str(huge)), json.loads("1e400"), json.loads("-1e400"))
print(json.dumps(10 ** 20 + 0.5), json.dumps(True + 1))
