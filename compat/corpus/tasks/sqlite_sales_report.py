# In-memory SQLite analytics: schema, bulk insert, joins, GROUP BY, window functions, transactions
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
conn.executescript("""
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    placed_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
);
""")
customers = [(1, "Acme GmbH", "DE"), (2, "Globex", "US"), (3, "Initech", "US"), (4, "Umbrella", "UK"),
             (5, "Hooli", "US")]
orders = [
    (1, 1, "2024-01-05", 120000), (2, 2, "2024-01-09", 45000), (3, 1, "2024-02-11", 98000),
    (4, 3, "2024-02-14", 15000), (5, 2, "2024-02-20", 220000), (6, 4, "2024-03-01", 64000),
    (7, 2, "2024-03-03", 31000), (8, 1, "2024-03-28", 87000), (9, 3, "2024-03-30", 12000),
]
with conn:
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?)", customers)
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", orders)

print("revenue per customer:")
for row in conn.execute("""
    SELECT c.name, c.country, COUNT(o.id) AS n, COALESCE(SUM(o.amount_cents), 0) / 100.0 AS total
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id ORDER BY total DESC, c.name"""):
    print(f"  {row['name']:<10} {row['country']}  orders={row['n']}  total={row['total']:>9.2f}")

print("monthly revenue with running total:")
for month, total, running in conn.execute("""
    SELECT substr(placed_on, 1, 7) AS month, SUM(amount_cents) / 100.0,
           SUM(SUM(amount_cents)) OVER (ORDER BY substr(placed_on, 1, 7)) / 100.0
    FROM orders GROUP BY month ORDER BY month"""):
    print(f"  {month}  {total:>9.2f}  {running:>10.2f}")

print("largest order per country:")
for row in conn.execute("""
    SELECT country, name, amount FROM (
        SELECT c.country, c.name, o.amount_cents / 100.0 AS amount,
               RANK() OVER (PARTITION BY c.country ORDER BY o.amount_cents DESC) AS rnk
        FROM orders o JOIN customers c ON c.id = o.customer_id)
    WHERE rnk = 1 ORDER BY country"""):
    print(f"  {row['country']}: {row['name']} {row['amount']:.2f}")

try:
    with conn:
        conn.execute("INSERT INTO orders VALUES (10, 5, '2024-04-01', 5000)")
        conn.execute("INSERT INTO orders VALUES (11, 5, '2024-04-02', -10)")
except sqlite3.IntegrityError as e:
    print("transaction rolled back:", e)
count = conn.execute("SELECT COUNT(*) FROM orders WHERE customer_id = 5").fetchone()[0]
print("Hooli orders after rollback:", count)
never = [r[0] for r in conn.execute(
    "SELECT name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders) ORDER BY name")]
print("customers without orders:", never)
avg = conn.execute("SELECT ROUND(AVG(amount_cents) / 100.0, 2) FROM orders").fetchone()[0]
print("average order:", avg)
conn.close()
