# Compressing is linear in the input whatever it holds: 4 MiB of zeros, long repeats and
# incompressible bytes round-trip (the compressor searched the whole window at every
# position: 256 KiB of zeros ran for minutes). The compressed bytes differ from CPython's
# zlib (a different encoder), so only what both must agree on is printed.
import zlib

def lcg(n, seed=12345):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 23
    return bytes(out)

noise = lcg(100000)
cases = {
    'empty': b'',
    'one byte': b'x',
    'zeros 4 MiB': bytes(4 << 20),
    'period 4': b'abcd' * 200000,
    'period 1000': noise[:1000] * 300,
    'noise': noise,
    'text': ' '.join(str(i) for i in range(50000)).encode(),
}
for name, data in cases.items():
    z = zlib.compress(data)
    ok = zlib.decompress(z) == data
    small = len(z) < len(data) // 20 if name in ('zeros 4 MiB', 'period 4', 'period 1000') else True
    print(name, len(data), ok, small)
    for wbits in (9, 15, -15, 31):
        co = zlib.compressobj(6, zlib.DEFLATED, wbits)
        parts = [co.compress(data[i:i + 4099]) for i in range(0, min(len(data), 300000), 4099)]
        z2 = b''.join(parts) + co.flush()
        do = zlib.decompressobj(wbits)
        print(' ', wbits, do.decompress(z2) + do.flush() == data[:300000])
