# A backup tool CLI built with argparse subcommands, exercised with several fixed argument lists
import argparse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backupctl", description="Manage backups of project data.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
    parser.add_argument("--config", default="backup.toml", metavar="PATH")
    sub = parser.add_subparsers(dest="command", required=True)

    create = sub.add_parser("create", help="create a new backup")
    create.add_argument("sources", nargs="+", help="directories to back up")
    create.add_argument("--compression", choices=["none", "gzip", "zstd"], default="gzip")
    create.add_argument("--exclude", action="append", default=[], metavar="GLOB")
    create.add_argument("--level", type=int, default=6)
    create.add_argument("--dry-run", action="store_true")

    prune = sub.add_parser("prune", help="delete old backups")
    prune.add_argument("--keep-daily", type=int, default=7)
    prune.add_argument("--keep-weekly", type=int, default=4)
    group = prune.add_mutually_exclusive_group()
    group.add_argument("--force", action="store_true")
    group.add_argument("--interactive", action="store_true")

    restore = sub.add_parser("restore", help="restore a backup")
    restore.add_argument("backup_id")
    restore.add_argument("--target", default=".")
    return parser


def run(argv: list[str]) -> str:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return f"exit status {exc.code}"
    if args.command == "create":
        if not 1 <= args.level <= 9:
            return f"error: level must be 1..9, got {args.level}"
        excludes = ", ".join(args.exclude) or "nothing"
        mode = "would create" if args.dry_run else "creating"
        return (f"{mode} {args.compression} backup (level {args.level}) of {args.sources}; "
                f"excluding {excludes}; verbosity {args.verbose}")
    if args.command == "prune":
        mode = "force" if args.force else "interactive" if args.interactive else "default"
        return f"pruning: keep {args.keep_daily} daily / {args.keep_weekly} weekly ({mode} mode)"
    return f"restoring {args.backup_id} into {args.target} using {args.config}"


COMMANDS = [
    ["-v", "create", "src", "docs", "--exclude", "*.tmp", "--exclude", "node_modules"],
    ["create", "src", "--compression", "lzma"],
    ["-vv", "create", "data", "--compression", "zstd", "--level", "3", "--dry-run"],
    ["create", "data", "--level", "12"],
    ["prune", "--keep-daily", "3", "--force"],
    ["--config", "/etc/backup.toml", "restore", "2024-01-01T00-00"],
    ["prune"],
]
for argv in COMMANDS:
    print("$ backupctl", " ".join(argv))
    print("  " + run(argv))

ns = build_parser().parse_args(["create", "a", "b"])
print("namespace:", sorted(vars(ns).items()))
known, extra = build_parser().parse_known_args(["restore", "abc", "--unknown-flag", "x"])
print("known:", known.backup_id, "extra:", extra)
print(build_parser().format_usage().strip())
