"""re under hostile input: the engine (guest/sre) backtracks on stacks of its own in the
guest's heap, so a catastrophic pattern is stopped by the session's fuel or time limit and
a runaway backtracking stack by its memory limit (MemoryError), and the session goes on."""
import mpsandbox


def session(**limits):
    l = mpsandbox.Limits()
    for k, v in limits.items():
        setattr(l, k, v)
    s = mpsandbox.Session(l)
    r = s.exec("import re\nslow = re.compile(r'(a+)+b')")
    assert r.ok, r.stderr
    return s


def test_catastrophic_backtracking_stopped_by_fuel():
    s = session(fuel=300_000_000, timeout_ms=0)
    r = s.exec("print(slow.match('a' * 30))")
    assert r.status == mpsandbox.Status.FUEL_EXHAUSTED
    r = s.exec("print(slow.match('aab'), re.findall(r'\\d+', 'a1b22'))")
    assert r.ok and r.stdout == "<re.Match object; span=(0, 3), match='aab'> ['1', '22']\n"


def test_catastrophic_backtracking_stopped_by_timeout():
    s = session(timeout_ms=300)
    r = s.exec("print(re.search(r'(x+x+)+y', 'x' * 40))")
    assert r.status == mpsandbox.Status.TIMEOUT
    r = s.exec("print(re.sub(r'(a)', r'<\\1>', 'banana'))")
    assert r.ok and r.stdout == "b<a>n<a>n<a>\n"


def test_backtracking_stack_bounded_by_memory():
    # each (a|b) iteration keeps backtracking state: millions of them exhaust the heap
    s = session(memory_bytes=48 << 20, timeout_ms=60_000)
    r = s.exec("""
try:
    re.match(r'(?:a|b)*c', 'ab' * 3_000_000)
    print('finished')
except MemoryError:
    print('MemoryError')
""")
    assert r.ok, r.stderr + (r.error.traceback if r.error else "")
    assert r.stdout in ("MemoryError\n", "finished\n")
    r = s.exec("print(re.fullmatch(r'(?:a|b)*', 'ab' * 1000).end())")
    assert r.ok and r.stdout == "2000\n"


def test_huge_repeat_counts_and_nesting():
    s = session()
    r = s.exec("""
print(re.match('a{4294967294}', 'aaa'), re.match('(?:a{1000}){1000}', 'a' * 5000))
print(re.match('(' * 300 + 'a' + ')' * 300, 'a').span(300))
print(re.fullmatch('(?:a{2,3}){700,}', 'a' * 2100).span())
print(re.search(r'x{0,4294967294}y', 'xxxy').span())
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
""")
    assert r.ok, r.stderr + (r.error.traceback if r.error else "")
    assert r.stdout == ("None None\n(0, 1)\n(0, 2100)\n(0, 4)\n"
                        "OverflowError the repetition number is too large\n")


def test_crafted_code_is_refused():
    # _sre.compile takes code from any program: what the compiler would never emit is
    # refused, never run
    s = session()
    r = s.exec("""
import _sre
for code in ([17, 5, 1], [15, 1000, 1], [24, 4, 0, 1, 11, 0, 1, 1], [11, 3, 1], [13, 100, 0, 1],
             [14, 1000, 0, 0, 0, 1], [7, 3, 15, 1000, 0, 1], [18, 1], [26, 9, 0, 1, 17, 0, 1, 1, 1]):
    try:
        _sre.compile('x', 0, code, 1, {}, (None, None))
        print('accepted', code)
    except RuntimeError as e:
        print(e)
""")
    assert r.ok, r.stderr + (r.error.traceback if r.error else "")
    assert r.stdout == "invalid SRE code\n" * 9
