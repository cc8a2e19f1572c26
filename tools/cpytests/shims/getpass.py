# Harness-only stand-in (tools/cpytests, never frozen into the guest): test.support imports
# getpass to ask whether it runs on a buildbot. The sandbox has no users to ask about.


class GetPassWarning(UserWarning):
    pass


def getuser():
    raise OSError("getpass.getuser: no user in the sandbox")


def getpass(prompt="Password: ", stream=None):
    raise OSError("getpass.getpass: no terminal in the sandbox")
