# Tic-tac-toe engine: scripted human moves vs a minimax AI with alpha-beta pruning and memoisation
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board: str):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None


@lru_cache(maxsize=None)
def minimax(board: str, player: str, alpha: int = -2, beta: int = 2) -> tuple[int, int]:
    """Score from X's perspective (+1 X wins, -1 O wins), plus best move."""
    w = winner(board)
    if w:
        return {"X": 1, "O": -1, "draw": 0}[w], -1
    best_move = -1
    if player == "X":
        best = -2
        for i in (j for j, c in enumerate(board) if c == "."):
            score, _ = minimax(board[:i] + "X" + board[i + 1:], "O", alpha, beta)
            if score > best:
                best, best_move = score, i
            alpha = max(alpha, best)
            if alpha >= beta:
                break
    else:
        best = 2
        for i in (j for j, c in enumerate(board) if c == "."):
            score, _ = minimax(board[:i] + "O" + board[i + 1:], "X", alpha, beta)
            if score < best:
                best, best_move = score, i
            beta = min(beta, best)
            if alpha >= beta:
                break
    return best, best_move


def show(board: str) -> str:
    rows = [" | ".join(board[r * 3:r * 3 + 3]).replace(".", " ") for r in range(3)]
    return "\n---------\n".join(rows)


def play(preferences, label):
    """The scripted human always plays its most preferred free square."""
    print(f"=== {label} ===")
    board = "." * 9
    player = "X"  # human plays X and starts
    while not winner(board):
        if player == "X":
            move = next(m for m in preferences if board[m] == ".")
        else:
            _, move = minimax(board, "O")
        board = board[:move] + player + board[move + 1:]
        print(f"{'human' if player == 'X' else 'AI   '} ({player}) -> {move}")
        player = "O" if player == "X" else "X"
    print(show(board))
    result = winner(board)
    print("result:", "draw" if result == "draw" else f"{result} wins")
    return result


results = [play([4, 0, 8, 2, 6, 1, 3, 5, 7], "center opening"),
           play([0, 8, 2, 6, 4, 1, 3, 5, 7], "corner opening"),
           play([1, 3, 5, 7, 0, 2, 6, 8, 4], "edges first")]
print("summary:", results)
score, move = minimax("." * 9, "X")
print("perfect play from empty board: score", score, "best first move", move)
print("cache info:", minimax.cache_info().currsize > 0)
