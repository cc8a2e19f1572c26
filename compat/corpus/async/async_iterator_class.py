# A class implementing __aiter__/__anext__ streams sensor readings with a moving average
import asyncio
from collections import deque


class SensorStream:
    def __init__(self, readings, interval=0.001):
        self._readings = list(readings)
        self._interval = interval
        self._index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._index >= len(self._readings):
            raise StopAsyncIteration
        await asyncio.sleep(self._interval)
        value = self._readings[self._index]
        self._index += 1
        return value


async def moving_average(stream, window=3):
    buf = deque(maxlen=window)
    async for value in stream:
        buf.append(value)
        yield value, sum(buf) / len(buf)


async def main():
    readings = [21.0, 21.4, 22.1, 25.9, 22.3, 22.0, 21.8]
    alerts = 0
    async for raw, avg in moving_average(SensorStream(readings)):
        flag = ""
        if abs(raw - avg) > 1.5:
            flag = "  <-- spike"
            alerts += 1
        print(f"raw={raw:5.1f} avg={avg:6.2f}{flag}")
    print("spikes detected:", alerts)
    total = [r async for r in SensorStream(readings)]
    print("max reading:", max(total))


asyncio.run(main())
