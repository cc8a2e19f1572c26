# Parse a line-based protocol from an asyncio.StreamReader fed with in-memory data
import asyncio


async def parse_session(reader: asyncio.StreamReader):
    commands = []
    while True:
        line = await reader.readline()
        if not line:
            break
        text = line.decode().rstrip("\r\n")
        if not text:
            continue
        verb, _, rest = text.partition(" ")
        if verb == "DATA":
            size = int(rest)
            payload = await reader.readexactly(size)
            commands.append(("DATA", payload.decode()))
            await reader.readline()  # trailing CRLF after payload
        else:
            commands.append((verb.upper(), rest))
    return commands


async def feeder(reader: asyncio.StreamReader, chunks):
    for chunk in chunks:
        reader.feed_data(chunk)
        await asyncio.sleep(0.001)
    reader.feed_eof()


async def main():
    raw = (b"HELO client.test\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@y.test>\r\n"
           b"DATA 11\r\nhello\r\nbob!\r\n\r\nquit\r\n")
    # deliberately split the stream at awkward places
    chunks = [raw[i:i + 7] for i in range(0, len(raw), 7)]
    reader = asyncio.StreamReader()
    commands, _ = await asyncio.gather(parse_session(reader), feeder(reader, chunks))
    for verb, arg in commands:
        print(f"{verb:<5} {arg!r}")
    print("chunks fed:", len(chunks), "commands parsed:", len(commands))


asyncio.run(main())
