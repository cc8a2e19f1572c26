# Use Counter arithmetic to reconcile warehouse stock with orders and returns
from collections import Counter

stock = Counter(bolts=120, nuts=300, washers=80, brackets=15)
orders = Counter(bolts=50, nuts=320, brackets=15, hinges=4)
returns = Counter(bolts=5, brackets=2)

after_orders = stock - orders          # drops non-positive counts
shortfall = orders - stock
print("after orders:", dict(after_orders))
print("shortfall   :", dict(shortfall))
restocked = after_orders + returns
print("with returns:", dict(restocked))

stock.subtract(orders)                 # keeps negatives
print("subtract()  :", dict(stock))
print("negatives   :", {k: v for k, v in stock.items() if v < 0})
print("union max   :", dict(Counter(a=3, b=1) | Counter(a=1, b=5)))
print("intersection:", dict(Counter(a=3, b=1) & Counter(a=1, b=5)))
print("total units :", restocked.total())
print("elements    :", sorted(Counter(x=2, y=1).elements()))
print("unary +     :", dict(+stock))
