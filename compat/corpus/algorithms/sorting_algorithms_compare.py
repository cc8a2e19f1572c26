# Hand-written merge sort, quicksort, heapsort and insertion sort compared with sorted()
import random

def insertion_sort(a):
    a = list(a)
    moves = 0
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
            moves += 1
        a[j + 1] = x
    return a, moves

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out

def quicksort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return (quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quicksort([x for x in a if x > pivot]))

def heapsort(a):
    a = list(a)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for s in range(n // 2 - 1, -1, -1):
        sift(s, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

random.seed(42)
data = [random.randint(-500, 500) for _ in range(300)]
expected = sorted(data)
print("first 10 input:", data[:10])
print("first 10 sorted:", expected[:10])
ins, moves = insertion_sort(data)
results = {"insertion": ins, "merge": merge_sort(data), "quick": quicksort(data), "heap": heapsort(data)}
for name, res in results.items():
    print(f"{name:10s} correct={res == expected}")
print("insertion moves (inversions):", moves)
print("min/max/median:", expected[0], expected[-1], expected[len(expected) // 2])
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words), heapsort(words) == sorted(words))
