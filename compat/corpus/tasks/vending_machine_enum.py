# Enum-driven vending machine state machine processing a scripted event sequence
from enum import Enum, IntEnum, auto


class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


PRODUCTS = {"A1": ("Cola", 125, 2), "A2": ("Water", 90, 0), "B1": ("Chips", 65, 5)}


class VendingMachine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {k: v[2] for k, v in PRODUCTS.items()}
        self.bank = 0

    def _make_change(self, amount):
        change = []
        for coin in sorted(Coin, reverse=True):
            while amount >= coin:
                change.append(coin.name.lower())
                amount -= coin
        return change

    def handle(self, event, arg=None):
        handler = getattr(self, f"on_{event}")
        before = self.state
        msg = handler(arg)
        return f"[{before.name:>14} -> {self.state.name:<14}] {event}{'(' + str(arg) + ')' if arg else ''}: {msg}"

    def on_coin(self, value):
        if self.state is State.OUT_OF_SERVICE:
            return f"rejected coin, machine out of service"
        try:
            coin = Coin(value)
        except ValueError:
            return f"unknown coin {value}c returned"
        self.credit += coin
        self.state = State.COLLECTING
        return f"credit {self.credit}c"

    def on_select(self, code):
        if self.state is not State.COLLECTING:
            return "insert coins first"
        if code not in PRODUCTS:
            return f"no such product {code}"
        name, price, _ = PRODUCTS[code]
        if self.stock[code] == 0:
            return f"{name} sold out"
        if self.credit < price:
            return f"{name} costs {price}c, need {price - self.credit}c more"
        self.state = State.DISPENSING
        self.stock[code] -= 1
        self.bank += price
        change = self._make_change(self.credit - price)
        self.credit = 0
        return f"dispensing {name}, change: {change or 'none'}"

    def on_take(self, _):
        if self.state is State.DISPENSING:
            self.state = State.IDLE
            return "enjoy!"
        return "nothing to take"

    def on_refund(self, _):
        coins = self._make_change(self.credit)
        self.credit = 0
        if self.state is not State.OUT_OF_SERVICE:
            self.state = State.IDLE
        return f"refunded {coins or 'nothing'}"

    def on_service(self, flag):
        self.state = State.OUT_OF_SERVICE if flag == "off" else State.IDLE
        return "maintenance mode" if flag == "off" else "back in service"


events = [("select", "A1"), ("coin", 100), ("coin", 3), ("select", "A1"), ("coin", 25), ("coin", 10),
          ("select", "A1"), ("take", None), ("coin", 100), ("select", "A2"), ("select", "Z9"),
          ("refund", None), ("service", "off"), ("coin", 25), ("service", "on"), ("coin", 25),
          ("coin", 25), ("coin", 25), ("select", "B1"), ("take", None)]
vm = VendingMachine()
for event, arg in events:
    print(vm.handle(event, arg))
print("bank:", vm.bank, "stock:", vm.stock)
print("coins by value:", [(c.name, c.value) for c in Coin])
