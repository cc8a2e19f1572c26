"""asyncio support: Session.exec_async and async host functions.

exec_async runs the exec on a worker thread (the guest holds no GIL while it runs) and
records the caller's event loop for that thread, so that a host function that returns
an awaitable is awaited on that loop while the guest waits. Without one (a plain
exec), the awaitable runs to completion on a private loop of its own thread.
"""
import asyncio
import concurrent.futures
import functools
import threading

_state = threading.local()  # .loop: the exec_async caller's loop; .pending: its future


def resolve(awaitable):
    """Waits for `awaitable` on behalf of a host function (called from the exec's thread)."""
    loop = getattr(_state, "loop", None)
    if loop is None or loop.is_closed():
        return _run_alone(awaitable)
    future = asyncio.run_coroutine_threadsafe(_as_coroutine(awaitable), loop)
    _state.pending = future
    try:
        return future.result()
    except concurrent.futures.CancelledError:
        raise asyncio.CancelledError("the exec_async call was cancelled") from None
    finally:
        _state.pending = None


async def _as_coroutine(awaitable):
    return await awaitable


def _run_alone(awaitable):
    # asyncio.run refuses to run inside a thread whose loop is running (a plain exec
    # called from a coroutine): a thread of its own always has none.
    result = {}

    def body():
        try:
            result["value"] = asyncio.run(_as_coroutine(awaitable))
        except BaseException as e:  # re-raised on the exec's thread
            result["error"] = e

    thread = threading.Thread(target=body, name="mpsandbox-host-await")
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result["value"]


class _Worker:
    """The exec's thread state, shared with the coroutine that waits for it."""

    def __init__(self, loop):
        self.loop = loop
        self.thread_state = None

    def run(self, fn):
        _state.loop = self.loop
        _state.pending = None
        self.thread_state = _state.__dict__
        try:
            return fn()
        finally:
            _state.loop = None

    def cancel_pending(self):
        state = self.thread_state
        future = state.get("pending") if state is not None else None
        if future is not None:
            future.cancel()


async def _on_worker(session, method, /, *args, **kwargs):
    loop = asyncio.get_running_loop()
    handle = session.interrupt_handle()
    exec_id = session.next_exec_id
    worker = _Worker(loop)
    future = loop.run_in_executor(None, worker.run, functools.partial(method, *args, **kwargs))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        handle.interrupt(exec_id)
        worker.cancel_pending()
        try:
            await future
        except Exception:
            pass
        raise


async def exec_async(session, code, filename="<string>", stdin="", **options):
    """Session.exec on a worker thread, awaitable and cancellable.

    Cancelling the awaiting task interrupts the guest (it ends with Status.INTERRUPTED,
    rolled back) and cancels a host coroutine it is waiting for; the cancellation
    propagates once the exec has ended, so the session is free again when it does.
    """
    return await _on_worker(session, session.exec, code, filename, stdin, **options)


async def call_async(session, function, /, *args, **kwargs):
    """Session.call on a worker thread, awaitable and cancellable as exec_async."""
    return await _on_worker(session, session.call, function, *args, **kwargs)
