# Gather several jobs with return_exceptions=True and classify successes and failures
import asyncio


class ValidationError(Exception):
    pass


async def process(record_id: int, payload: str) -> str:
    await asyncio.sleep(0.001 * record_id)
    if not payload:
        raise ValueError(f"record {record_id}: empty payload")
    if not payload.isascii():
        raise ValidationError(f"record {record_id}: non-ascii payload {payload!r}")
    return payload.upper()


async def main():
    records = {1: "alpha", 2: "", 3: "gamma", 4: "δelta", 5: "epsilon"}
    coros = [process(i, p) for i, p in records.items()]
    outcomes = await asyncio.gather(*coros, return_exceptions=True)

    successes, failures = [], []
    for rid, outcome in zip(records, outcomes):
        if isinstance(outcome, BaseException):
            failures.append((rid, type(outcome).__name__, str(outcome)))
        else:
            successes.append((rid, outcome))

    print("Successes:")
    for rid, value in successes:
        print(f"  #{rid}: {value}")
    print("Failures:")
    for rid, kind, msg in failures:
        print(f"  #{rid}: {kind}: {msg}")
    print(f"summary: {len(successes)} ok, {len(failures)} failed")


if __name__ == "__main__":
    asyncio.run(main())
