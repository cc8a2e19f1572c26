"""An agent loop: a model writes code, one persistent sandbox session runs it, and each
result (output, value, error with its traceback) goes back into the transcript the model
reads before its next step. examples/README.md walks through it.

There is no model here: scripted_model() stands in for one, replaying steps a model might
write, including a mistake it then corrects. Replace it with a call to your LLM.

    PYTHONPATH=build/python python3 examples/agent_loop.py
"""
import asyncio
import json

import mpsandbox

STEP_LIMITS = {"fuel": 50_000_000, "timeout_ms": 5000}  # per step: CPU units, wall clock
TURN_SECONDS = 2.0  # the agent's own budget for a step: past it the step is cancelled

TASK = "Find the mean and the median of `readings`, ignoring sensor errors (None)."

# STAND-IN FOR AN LLM: the code a model might write, one step per turn.
SCRIPTED_STEPS = [
    "print(len(readings), 'readings;', readings[:4])",
    "clean = [r for r in readings if r is not None]\nmean = sum(clean) / len(cleaned)",  # a typo
    "mean = sum(clean) / len(clean)\nround(mean, 3)",  # corrected after reading the NameError
    "def median(xs):\n    xs = sorted(xs)\n    while len(xs) > 1:\n        xs = xs[1:]  # a bug: the list never shrinks\n        xs.append(xs[0])\n    return xs[0]\nmedian(clean)",
    "import time\ntime.sleep(10)  # waiting on something slow",
    "def median(xs):\n    xs = sorted(xs)\n    n = len(xs)\n    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2\n"
    "{'mean': round(mean, 3), 'median': median(clean)}",
]


def scripted_model(transcript):
    """The next step's code given the transcript so far, or None when done."""
    turn = sum(1 for m in transcript if m["role"] == "assistant")
    return SCRIPTED_STEPS[turn] if turn < len(SCRIPTED_STEPS) else None


def observation(r):
    """What the model reads of a result: output, the traceback or the stop, the value."""
    parts = []
    if r.stdout:
        parts.append(r.stdout.rstrip("\n"))
    if r.stderr:
        parts.append("stderr: " + r.stderr.rstrip("\n"))
    if r.error is not None:
        parts.append(r.error.traceback.rstrip("\n") or f"{r.error.type}: {r.error.message}")
    if not r.ok:
        parts.append(f"[stopped: {r.status}; this step's changes were undone]"
                     if r.status != mpsandbox.Status.ERROR else "[error: fix it in the next step]")
    if r.value is not None:
        parts.append(f"Out: {r.value}")
    return "\n".join(parts)


async def run_agent(session, readings):
    transcript = [{"role": "user", "content": TASK}]
    answer = None
    while (code := scripted_model(transcript)) is not None:
        transcript.append({"role": "assistant", "content": code})
        inputs = {"readings": readings} if len(transcript) == 2 else None  # the data, once
        try:
            r = await asyncio.wait_for(session.exec_async(code, inputs=inputs, **STEP_LIMITS),
                                       TURN_SECONDS)
            result = observation(r)
            if r.ok and r.value_json is not None:
                answer = json.loads(r.value_json)
        except asyncio.TimeoutError:
            # wait_for cancelled exec_async: the guest was interrupted and the step rolled back.
            result = f"[cancelled: the step took more than {TURN_SECONDS} s; its changes were undone]"
        transcript.append({"role": "tool", "content": result})
        print(f"--- step {len(transcript) // 2}\n>>> " + code.replace("\n", "\n... ") + "\n" + result)
    return answer


def main():
    readings = [12.5, 13.1, None, 12.9, 14.2, None, 13.7, 12.2, 13.3]
    with mpsandbox.Session() as session:
        answer = asyncio.run(run_agent(session, readings))
    print("--- answer:", json.dumps(answer))


if __name__ == "__main__":
    main()
