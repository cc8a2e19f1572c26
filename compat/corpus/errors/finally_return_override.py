# Surprising interactions of return/break/continue in finally with exceptions and return values
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return wins"


def override():
    try:
        return "try value"
    finally:
        return "finally value"


def counter():
    log = []
    for i in range(4):
        try:
            if i == 1:
                raise KeyError(i)
            log.append(f"body {i}")
        finally:
            if i == 1:
                log.append("finally swallowed via continue")
                continue
            log.append(f"finally {i}")
    return log


def mutate_after_return():
    data = ["a"]
    try:
        return data
    finally:
        data.append("added in finally")


def nested():
    try:
        try:
            1 / 0
        finally:
            print("  inner finally (exception pending)")
    except ZeroDivisionError as e:
        print("  caught outside:", e)
        return "recovered"
    finally:
        print("  outer finally")


print(swallow())
print(override())
print(counter())
print(mutate_after_return())
print(nested())


def loop_break():
    for attempt in range(3):
        try:
            raise RuntimeError(f"attempt {attempt}")
        finally:
            break
    return f"stopped at attempt {attempt} with no exception"


print(loop_break())
