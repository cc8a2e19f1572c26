# Harness-only stand-in (tools/cpytests, never frozen into the guest) for the http package:
# test_hashlib imports http.client.HTTPException at the top to catch a failed download of
# test vectors. The sandbox has no network (http.client is not in the guest); see client.py.
