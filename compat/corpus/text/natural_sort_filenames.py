# Sort file names naturally (numbers by value) and compare with plain lexicographic order
def natural_key(s: str) -> list:
    key, num, text = [], "", ""
    for ch in s:
        if ch.isdigit():
            if text:
                key.append((1, text.casefold()))
                text = ""
            num += ch
        else:
            if num:
                key.append((0, int(num)))
                num = ""
            text += ch
    if num:
        key.append((0, int(num)))
    if text:
        key.append((1, text.casefold()))
    return key


files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20a.txt", "file20.txt",
         "img12.png", "img10.png", "IMG2.png", "a.txt", "10.txt", "9.txt", "file002.txt", "file"]
print("lexicographic:")
print(" ", sorted(files))
print("case-insensitive:")
print(" ", sorted(files, key=str.lower))
print("natural:")
print(" ", sorted(files, key=natural_key))
print("natural reversed:")
print(" ", sorted(files, key=natural_key, reverse=True)[:5])

versions = ["1.10.0", "1.2.10", "1.2.9", "1.9", "1.10", "2.0.0rc1", "2.0.0"]
print("versions:", sorted(versions, key=natural_key))
print("max/min:", max(files), min(files), max(files, key=natural_key))
print("comparisons:", "a" < "B", "Z" < "a", "apple" < "apples", "10" < "9", "é" > "z")
