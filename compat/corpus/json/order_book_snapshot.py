# Build an exchange order book from JSON messages and emit a JSON depth snapshot
import json

MESSAGES = [
    '{"type": "add", "id": 1, "side": "buy", "price": 100.5, "qty": 10}',
    '{"type": "add", "id": 2, "side": "buy", "price": 100.25, "qty": 5}',
    '{"type": "add", "id": 3, "side": "sell", "price": 101.0, "qty": 7}',
    '{"type": "add", "id": 4, "side": "sell", "price": 100.75, "qty": 3}',
    '{"type": "add", "id": 5, "side": "buy", "price": 100.5, "qty": 4}',
    '{"type": "modify", "id": 3, "qty": 2}',
    '{"type": "cancel", "id": 2}',
    '{"type": "add", "id": 6, "side": "sell", "price": 100.75, "qty": 9}',
    '{"type": "cancel", "id": 99}',
]

orders = {}
for raw in MESSAGES:
    msg = json.loads(raw)
    kind = msg.pop("type")
    if kind == "add":
        orders[msg["id"]] = msg
    elif kind == "modify":
        orders[msg["id"]]["qty"] = msg["qty"]
    elif kind == "cancel":
        if orders.pop(msg["id"], None) is None:
            print(f"warning: cancel for unknown order {msg['id']}")

def levels(side, reverse):
    agg = {}
    for o in orders.values():
        if o["side"] == side:
            agg[o["price"]] = agg.get(o["price"], 0) + o["qty"]
    return [[p, q] for p, q in sorted(agg.items(), reverse=reverse)]

book = {"bids": levels("buy", True), "asks": levels("sell", False)}
best_bid, best_ask = book["bids"][0][0], book["asks"][0][0]
book["spread"] = round(best_ask - best_bid, 4)
book["mid"] = (best_bid + best_ask) / 2
print(json.dumps(book))
print(json.dumps(book, indent=2))
print(f"{'BID qty':>8} {'price':>8} | {'price':<8} {'ASK qty':<8}")
for (bp, bq), (ap, aq) in zip(book["bids"], book["asks"]):
    print(f"{bq:>8} {bp:>8} | {ap:<8} {aq:<8}")
