# Content-addressed storage keys with blake2b digest_size, keys, salts and personalization
import hashlib

blobs = [b"alpha", b"beta", b"alpha", b"gamma" * 100]
store = {}
for blob in blobs:
    key = hashlib.blake2b(blob, digest_size=16).hexdigest()
    if key in store:
        print("dedup hit", key)
    store[key] = blob
print(len(store), "unique blobs")
for key in sorted(store):
    print(key, len(store[key]))

for size in (8, 20, 32, 64):
    print(size, hashlib.blake2b(b"abc", digest_size=size).hexdigest())
print("blake2s:", hashlib.blake2s(b"abc").hexdigest())

mac1 = hashlib.blake2b(b"message", key=b"secret-key", digest_size=16).hexdigest()
mac2 = hashlib.blake2b(b"message", key=b"other-key", digest_size=16).hexdigest()
print("keyed:", mac1, mac1 != mac2)
salted = hashlib.blake2b(b"pw", salt=b"NaCl" * 4, digest_size=16).hexdigest()
person = hashlib.blake2b(b"pw", person=b"app-v1", digest_size=16).hexdigest()
print("salted:", salted)
print("personalized:", person)
print(hashlib.blake2b(digest_size=10).digest_size, hashlib.blake2b().name)
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print("ValueError:", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
