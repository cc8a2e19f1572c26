# ETL job instrumented with the logging module (stdout handler, named loggers, levels, exceptions)
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")

log = logging.getLogger("etl")
extract_log = logging.getLogger("etl.extract")
transform_log = logging.getLogger("etl.transform")
load_log = logging.getLogger("etl.load")

RAW = [
    "1001;Widget;3;9.99",
    "1002;Gadget;x;19.99",
    "1003;Gizmo;1;149.00",
    "",
    "1004;Doohickey;2",
    "1005;Thingamajig;10;0.5",
]


def extract(lines):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            extract_log.debug("line %d is blank, skipping", n)
            continue
        yield n, line.split(";")


def transform(records):
    for n, fields in records:
        try:
            oid, name, qty, price = fields
            row = {"id": int(oid), "name": name, "qty": int(qty), "price": float(price)}
        except ValueError as exc:
            transform_log.warning("line %d rejected: %s", n, exc)
            continue
        row["total"] = round(row["qty"] * row["price"], 2)
        if row["total"] > 100:
            transform_log.info("large order %d: %.2f", row["id"], row["total"])
        yield row


class Warehouse:
    def __init__(self):
        self.rows = []

    def insert(self, row):
        if row["name"] == "Thingamajig":
            raise ConnectionError("warehouse connection dropped")
        self.rows.append(row)


def load(rows, warehouse):
    loaded = 0
    for row in rows:
        try:
            warehouse.insert(row)
            loaded += 1
        except ConnectionError as exc:
            load_log.error("failed to insert order %d: %s", row["id"], exc)
    return loaded


def main():
    log.info("job started with %d raw lines", len(RAW))
    wh = Warehouse()
    loaded = load(transform(extract(RAW)), wh)
    log.info("loaded %d rows", loaded)
    logging.getLogger("etl.extract").setLevel(logging.INFO)
    list(extract(["", "x"]))  # debug suppressed now
    log.debug("warehouse ids: %s", [r["id"] for r in wh.rows])
    if loaded < len(RAW):
        log.error("job finished with %d problem line(s)", len(RAW) - loaded)
    print("effective level of etl.load:", logging.getLevelName(load_log.getEffectiveLevel()))


main()
