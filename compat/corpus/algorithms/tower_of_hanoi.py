# Tower of Hanoi: recursive move list, iterative binary solution, and state visualisation
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def hanoi_iterative(n):
    pegs = "ACB" if n % 2 == 0 else "ABC"
    moves = []
    for m in range(1, 2 ** n):
        disk = (m & -m).bit_length()
        src = (m & (m - 1)) % 3
        dst = ((m | (m - 1)) + 1) % 3
        moves.append((disk, "ABC"[src] if n % 2 else pegs[src], "ABC"[dst] if n % 2 else pegs[dst]))
    return moves

def simulate(n, moves, show=False):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for disk, s, d in moves:
        assert pegs[s] and pegs[s][-1] == disk, (disk, s)
        assert not pegs[d] or pegs[d][-1] > disk
        pegs[d].append(pegs[s].pop())
        if show:
            print(f"  move disk {disk} {s}->{d}: " + "  ".join(f"{k}{v}" for k, v in pegs.items()))
    return pegs

moves = hanoi(3)
print("3 disks:", len(moves), "moves")
simulate(3, moves, show=True)
for n in range(1, 11):
    rec = hanoi(n)
    it = hanoi_iterative(n)
    final = simulate(n, rec)
    print(f"n={n:2d} moves={len(rec):4d} iterative_same={rec == it} solved={final['C'] == list(range(n, 0, -1))}")
counts = {}
for disk, _, _ in hanoi(8):
    counts[disk] = counts.get(disk, 0) + 1
print("moves per disk for n=8:", counts)
