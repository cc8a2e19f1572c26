# A small stack-based virtual machine: assembler with labels, loops and calls; runs factorial and gcd
import operator

BINOPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "mod": operator.mod,
          "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}

def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split("#")[0].strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        for stmt in filter(None, map(str.strip, line.split(";"))):
            op, *args = stmt.split()
            program.append((op, args[0] if args else None))
    return [(op, labels.get(arg, int(arg) if arg and arg.lstrip("-").isdigit() else arg))
            for op, arg in program]

def run(program, max_steps=100_000):
    stack, calls, out, mem, pc, steps = [], [], [], {}, 0, 0
    while pc < len(program):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit exceeded")
        op, arg = program[pc]
        pc += 1
        if op in BINOPS:
            b = stack.pop()
            stack.append(BINOPS[op](stack.pop(), b))
        elif op == "push": stack.append(arg)
        elif op == "dup": stack.append(stack[-1])
        elif op == "swap": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "load": stack.append(mem.get(arg, 0))
        elif op == "store": mem[arg] = stack.pop()
        elif op == "jmp": pc = arg
        elif op == "jz": pc = arg if stack.pop() == 0 else pc
        elif op == "call": calls.append(pc); pc = arg
        elif op == "ret": pc = calls.pop()
        elif op == "print": out.append(stack.pop())
        elif op == "halt": break
        else: raise ValueError(f"unknown op {op!r} at {pc - 1}")
    return out, steps

FACTORIAL = """
    push 1; store acc; push 25; store n
loop:
    load n; jz done
    load acc; load n; mul; store acc
    load n; push 1; sub; store n
    jmp loop
done:
    load acc; print; halt
"""

GCD = """
    push 1071; push 462; call gcd; print
    push 270; push 192; call gcd; print
    push 2; push 40; call gcd; push 3; push 7; call gcd; mul; print
    halt
gcd:                                           # (a b -- gcd)
    store b; store a
gloop:
    load b; jz gdone
    load a; load b; mod; load b; store a; store b; jmp gloop
gdone:
    load a; ret
"""

prog = assemble(FACTORIAL)
print("factorial program has", len(prog), "instructions")
out, steps = run(prog)
print("25! =", out[0], "in", steps, "steps")
out, steps = run(assemble(GCD))
print("gcd results:", out, "in", steps, "steps")
for bad in ["top:\n push 1\n jmp top", "push 1; frobnicate"]:
    try:
        run(assemble(bad), max_steps=500)
    except (RuntimeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
