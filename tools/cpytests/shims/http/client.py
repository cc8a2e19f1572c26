# Harness-only stand-in (tools/cpytests, never frozen into the guest): only the exception
# class test modules catch; nothing here talks to a network.


class HTTPException(Exception):
    pass
