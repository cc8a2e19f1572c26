# A coroutine-driven state machine parsing a stream of characters into framed messages with send()
def frame_parser(sink):
    """Frames look like <len>:<payload>; e.g. 5:hello. Whitespace between frames is ignored."""
    state = "length"
    length_digits = ""
    payload = []
    while True:
        ch = yield state
        if state == "length":
            if ch.isdigit():
                length_digits += ch
            elif ch == ":" and length_digits:
                remaining = int(length_digits)
                length_digits = ""
                state = "payload" if remaining else "length"
                if not remaining:
                    sink.append("")
            elif ch.isspace() and not length_digits:
                continue
            else:
                sink.append(f"<error at {ch!r}>")
                length_digits = ""
                state = "resync"
        elif state == "payload":
            payload.append(ch)
            remaining -= 1
            if remaining == 0:
                sink.append("".join(payload))
                payload = []
                state = "length"
        elif state == "resync":
            if ch == ";":
                state = "length"

messages = []
parser = frame_parser(messages)
print("initial state:", next(parser))
transitions = []
stream = "5:hello 3:abc 0: 11:hello world x? junk; 2:ok 4:done"
for ch in stream:
    state = parser.send(ch)
    if not transitions or transitions[-1] != state:
        transitions.append(state)
print("messages:", messages)
print("state transitions:", transitions)
print("final state:", state)

def traffic_light():
    order = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
    light, ticks = "red", 0
    while True:
        event = yield light
        if event == "emergency":
            light, ticks = "red", 0
            continue
        ticks += 1
        nxt, duration = order[light]
        if ticks >= duration:
            light, ticks = nxt, 0

tl = traffic_light()
next(tl)
seq = [tl.send(e) for e in ["tick"] * 7 + ["emergency"] + ["tick"] * 3]
print("lights:", seq)
