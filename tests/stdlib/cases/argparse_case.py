import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="Does things.")
parser.add_argument("files", nargs="+", help="input files")
parser.add_argument("-n", "--count", type=int, default=3, help="how many")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--flag", action="store_true")
sub = parser.add_subparsers(dest="cmd") if False else None
print(parser.parse_args(["a.txt", "b.txt", "-n", "5", "-vv", "--mode", "slow", "--flag"]))
print(vars(parser.parse_args(["x"])))
print(parser.format_help())
print(parser.format_usage())
sys.stderr = sys.stdout
for bad in (["-n", "x", "f"], [], ["f", "--mode", "medium"], ["f", "--unknown"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("SystemExit", e.code)
sys.stderr = sys.__stderr__
p2 = argparse.ArgumentParser(prog="git")
subs = p2.add_subparsers(dest="command", required=True)
c = subs.add_parser("commit")
c.add_argument("-m", "--message", required=True)
pu = subs.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
print(p2.parse_args(["commit", "-m", "msg"]), p2.parse_args(["push"]))
ns, rest = p2.parse_known_args(["push", "up", "--extra"])
print(ns, rest)
g = argparse.ArgumentParser(prog="g").add_mutually_exclusive_group()
