# Shunting-yard conversion from infix to RPN, RPN evaluation, and an expression tree pretty-printer
import operator
import re

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}

def tokenize(expr):
    tokens = re.findall(r"\d+(?:\.\d+)?|\S", expr)
    for t in tokens:
        if not (t[0].isdigit() or t in PREC or t in "()"):
            raise ValueError(f"bad char {t!r}")
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in PREC:
            p, assoc = PREC[t]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("mismatched ')'")
            stack.pop()
        else:
            out.append(t)
    while stack:
        if stack[-1] == "(":
            raise ValueError("mismatched '('")
        out.append(stack.pop())
    return out

def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(float(t) if "." in t else int(t))
    return st[0]

def to_tree(rpn):
    st = []
    for t in rpn:
        st.append((t, st.pop(-2), st.pop()) if t in OPS else t)
    return st[0]

def show(tree, depth=0):
    if isinstance(tree, tuple):
        op, l, r = tree
        show(r, depth + 1)
        print("    " * depth + op)
        show(l, depth + 1)
    else:
        print("    " * depth + tree)

for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*(3+4)", "2^3^2", "10 - 4 - 3", "1.5 * 4", "(1 + 2", "2 $ 3"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:32} RPN: {' '.join(rpn):28} = {eval_rpn(rpn)}")
    except ValueError as err:
        print(f"{e:32} error: {err}")
show(to_tree(to_rpn(tokenize("(1+2)*3-4/2"))))
