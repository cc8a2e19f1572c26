# Inventory and order processing with dataclasses, stock reservation and backorders
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int


@dataclass
class OrderLine:
    sku: str
    qty: int


@dataclass
class Order:
    order_id: str
    customer: str
    lines: list[OrderLine]
    status: str = "pending"
    shipped: list[tuple[str, int]] = field(default_factory=list)
    backordered: list[tuple[str, int]] = field(default_factory=list)
    total: float = 0.0


class Inventory:
    def __init__(self, products: list[Product]):
        self.products = {p.sku: p for p in products}

    def find(self, sku: str) -> Optional[Product]:
        return self.products.get(sku)

    def fulfil(self, order: Order) -> Order:
        for line in order.lines:
            product = self.find(line.sku)
            if product is None:
                order.status = "rejected"
                order.shipped.clear()
                return order
            take = min(product.stock, line.qty)
            product.stock -= take
            if take:
                order.shipped.append((line.sku, take))
                order.total += take * product.price
            if take < line.qty:
                order.backordered.append((line.sku, line.qty - take))
        order.status = "partial" if order.backordered else "complete"
        return order


def main():
    inv = Inventory([
        Product("KB-01", "Keyboard", 49.90, 5),
        Product("MS-02", "Mouse", 19.50, 10),
        Product("MN-27", "Monitor 27in", 229.00, 2),
        Product("CB-05", "USB-C cable", 7.25, 30),
    ])
    orders = [
        Order("A-1", "ada", [OrderLine("KB-01", 2), OrderLine("MS-02", 2)]),
        Order("A-2", "linus", [OrderLine("MN-27", 3), OrderLine("CB-05", 4)]),
        Order("A-3", "grace", [OrderLine("XX-99", 1)]),
        Order("A-4", "alan", [OrderLine("KB-01", 4), OrderLine("MN-27", 1)]),
    ]
    for order in orders:
        inv.fulfil(order)
        print(f"{order.order_id} ({order.customer}): {order.status:<9} total={order.total:8.2f}")
        for sku, qty in order.shipped:
            print(f"    shipped     {qty:>2} x {inv.find(sku).name}")
        for sku, qty in order.backordered:
            print(f"    backordered {qty:>2} x {inv.find(sku).name}")
    print("\nremaining stock:")
    for p in inv.products.values():
        flag = "  (reorder!)" if p.stock < 3 else ""
        print(f"  {p.sku} {p.name:<13} {p.stock:>3}{flag}")
    revenue = sum(o.total for o in orders)
    print(f"revenue: {revenue:.2f}")


if __name__ == "__main__":
    main()
