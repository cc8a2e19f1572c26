"""Runs one tutorial of examples/ and checks its output, line by line and in order.

usage: examples_test.py NAME COMMAND [ARG...]

NAME picks the expected lines below (regular expressions, each matched against one line
of the example's stdout, in order; other lines may come between; (?P=x) stands for what
(?P<x>...) matched on an earlier line). The example must exit 0 and print every one of
them, so an example that stops early or prints nothing fails.
"""
import re
import subprocess
import sys

EXPECTED = {
    "embed": [
        r"^exec: ok, stdout: orders: 2 totals: \[1\.25, 4\.5\]$",
        r"^value: 4\.5$",
        r"^call invoice: items=3 total=3\.50$",
        r"^call invoice\(\['kiwi'\]\): KeyError: .*no price for kiwi.* \(line 3\)$",
        r"^runaway: status fuel_exhausted, error FuelExhausted at line 3$",
        r"^Traceback \(most recent call last\):$",
        r'^  File "runaway\.py", line 3, in <module>$',
        r"^FuelExhausted: fuel limit of 5000000 reached$",
        r"^after the stop \(rolled back, session kept\): \(False, 2\)$",
        r"^fork: original has 2 orders, the fork 3$",
        r'^restored from \d+ bytes: invoice\(\[\'apple\'\]\) -> \{"items":1,"total":0\.5\}$',
    ],
    "data_tool": [
        r'^transform: ok, 4 rows read; result \[\["east",177\.0\],\["south",135\.0\],\["north",60\.0\]\]$',
        r"^best region: east 177\.0$",
        r"(?i)^an endless loop: .*fuel_exhausted, FuelExhausted: fuel limit of 20000000 reached \(line 3\)$",
        r"(?i)^a write: .*error, PermissionError: query refused: not authorized \(line 1\)$",
        r"(?i)^a new file through ATTACH: .*error, PermissionError: query refused: not authorized",
        r"(?i)^a query that runs for ever: .*error, TimeoutError: query took more than 0\.5 s",
        r"^after the attempts: 6 rows in sales; session goes on: 4 rows kept from the transform$",
    ],
    "agent_loop": [
        r"^--- step 1$",
        r"^9 readings; \[12\.5, 13\.1, None, 12\.9\]$",
        r"^--- step 2$",
        r'^  File "<string>", line 2, in <module>$',
        r"^NameError: name 'cleaned' is not defined$",
        r"^--- step 3$",
        r"^Out: 13\.129$",
        r"^--- step 4$",
        r'^  File "<string>", line 5, in median$',
        r"^FuelExhausted: fuel limit of 50000000 reached$",
        r"(?i)^\[stopped: .*fuel_exhausted; this step's changes were undone\]$",
        r"^--- step 5$",
        r"^\[cancelled: the step took more than 2\.0 s; its changes were undone\]$",
        r"^--- step 6$",
        r"^Out: \{'mean': 13\.129, 'median': 13\.1\}$",
        r'^--- answer: \{"mean": 13\.129, "median": 13\.1\}$',
    ],
    "mcp_agent": [
        r"^tools: run_python, fork_session, close_session$",
        r"^--- turn 1 \(isError: false\)$",
        r"^3 products$",
        r"^Session: (?P<session>[0-9a-f]{32})$",
        r"^--- turn 2 \(isError: true\)$",
        r"^Traceback \(most recent call last\):$",
        r"^KeyError: 'kiwi'$",
        r"^Session: (?P=session)$",
        r"^--- turn 3 \(isError: false\)$",
        r"^Out: \{'total': 2\.0, 'missing': \['kiwi'\]\}$",
        r"^Session: (?P=session)$",
        r'^value_json: \{"total":2\.0,"missing":\["kiwi"\]\}$',
    ],
}


def main():
    name, command = sys.argv[1], sys.argv[2:]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    failures = []
    if proc.returncode != 0:
        failures.append(f"exit status {proc.returncode}, expected 0")
    lines = proc.stdout.splitlines()
    at, captured = 0, {}
    for pattern in EXPECTED[name]:
        # (?P=name) refers to what (?P<name>...) matched on an earlier line.
        pattern = re.sub(r"\(\?P=(\w+)\)", lambda m: re.escape(captured.get(m[1], "\0")), pattern)
        match = None
        for i in range(at, len(lines)):
            if match := re.search(pattern, lines[i]):
                break
        if match is None:
            failures.append(f"no line matching {pattern!r} (after line {at})")
        else:
            at = i + 1
            captured.update(match.groupdict())
    for f in failures:
        print(f"FAIL {name}: {f}")
    if failures:
        sys.exit(1)
    print(f"PASS {name}: {len(EXPECTED[name])} lines checked")


if __name__ == "__main__":
    main()
