"""The one entry point, ``advocate-hub``: start the app, or run an admin command on a data dir.

Errors the user can act on (every ``AdvocateHubError``) are printed as one line and exit 1; anything else is a
bug, so its traceback goes to the log file and the user is told where (exit 70, ``EX_SOFTWARE``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from advocate_hub import __version__
from advocate_hub.core import logs
from advocate_hub.core.domain.errors import AdvocateHubError, DataDirNotWritable, DemoExists, NotFound
from advocate_hub.core.paths import APP_NAME, log_dir, resolve_data_dir
from advocate_hub.core.services.program import Program, program_exists
from advocate_hub.core.store.database import DATABASE_FILENAME, ensure_writable_dir

if TYPE_CHECKING:
    from advocate_hub.core.doctor import Diagnosis
    from advocate_hub.core.imports.advocates_csv import ImportRefused
    from advocate_hub.server.db import ServerDatabase

DEMO_SEED = 7
EXIT_ERROR = 1
EXIT_SOFTWARE = 70
EXIT_INTERRUPTED = 130
SIDE_FILES = ("", "-wal", "-shm")


class Described(Protocol):
    def describe(self) -> str: ...


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        command: Callable[[argparse.Namespace], int] = args.command
        return command(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except AdvocateHubError as error:
        print(f"{APP_NAME}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`| head`): nothing to report; devnull keeps the final flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception:
        where = _log_crash(sys.argv[1:] if argv is None else list(argv))
        print(f"{APP_NAME}: something went wrong; details are in {where}", file=sys.stderr)
        return EXIT_SOFTWARE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Run a customer-advocate program. Without a command, opens the program in the data dir "
        "(creating the demo program there if it is empty).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the program's folder (default: $ADVOCATE_HUB_DATA_DIR, else the platform's user data folder)",
    )
    gui = parser.add_argument_group("desktop app")
    gui.add_argument("--demo", action="store_true", help="create the demo program in the data dir if it is empty")
    gui.add_argument("--as", dest="as_email", metavar="EMAIL", help="open as this person (skip the profile picker)")
    gui.add_argument("--theme", choices=["light", "dark"], help="colour theme (default: follow the system)")
    gui.add_argument("--server", metavar="URL", help="sync with this server (sign in at start; not with --demo)")
    gui.add_argument("--kiosk", action="store_true", help="run full screen as an event kiosk (leaving takes a PIN)")
    gui.add_argument("--event", dest="kiosk_event", metavar="NAME", help="with --kiosk: the event it serves")
    gui.add_argument("--screenshot", metavar="FILE", type=Path, help="render one view to a PNG offscreen and exit")
    gui.add_argument("--view", default="home", help="the view to render with --screenshot (default: home)")
    gui.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH", help="window size for --screenshot")
    gui.add_argument(
        "--language",
        metavar="CODE",
        help="speak this language for this run: en, id, ms, ja or zh_CN (default: the profile's choice, else the "
        "system's)",
    )
    parser.set_defaults(command=_start)
    # Sub-commands take --data-dir too; SUPPRESS keeps the global value when a sub-command does not repeat it.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the program's folder")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        parents=[data_dir],
        help="create the demo program (or a large synthetic one) in the data dir",
        description="Create the seeded demo program, or with --advocates and --events a large synthetic one "
        "for benchmarks. Refuses to replace an existing program unless --force is given; the replaced "
        "file is moved to DIR/backups, never deleted.",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=DEMO_SEED,
        help=f"the same seed gives the same program (default {DEMO_SEED})",
    )
    demo.add_argument("--force", action="store_true", help="replace an existing program (moved to backups/)")
    demo.add_argument("--advocates", type=_positive, metavar="N", help="generate N synthetic advocates")
    demo.add_argument("--events", type=_positive, metavar="M", help="and M synthetic ledger entries")
    demo.set_defaults(command=_demo, parser=demo)

    doctor = commands.add_parser(
        "doctor",
        parents=[data_dir],
        help="check the data dir, database and keyring without changing anything",
        description="Print the data dir, schema version, SQLite integrity check and keyring backend. "
        "Read-only. Exits 1 when the data has a problem.",
    )
    doctor.set_defaults(command=_doctor)

    summary = commands.add_parser(
        "summary", parents=[data_dir], help="print an overview of the program in the data dir"
    )
    summary.set_defaults(command=_summary)
    _add_server_commands(commands, data_dir)
    return parser


def _add_server_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], data_dir: argparse.ArgumentParser
) -> None:
    serve = commands.add_parser(
        "serve",
        parents=[data_dir],
        help="run the sync server",
        description="Run the sync server (FastAPI under uvicorn). The database is a SQLite file in the data dir "
        "unless --database-url names another (postgresql+psycopg://USER@HOST/DB to scale out). Migrations "
        "run at start-up; SIGTERM shuts down gracefully.",
    )
    serve.add_argument("--database-url", metavar="URL", help="SQLAlchemy URL (default: a SQLite file in the data dir)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    serve.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    serve.set_defaults(command=_serve)

    server = commands.add_parser("server", help="administer a sync server's database")
    admin = server.add_subparsers(title="commands", metavar="COMMAND", required=True)
    url = argparse.ArgumentParser(add_help=False)
    url.add_argument("--database-url", metavar="URL", required=True, help="the server's database URL")

    create_user = admin.add_parser(
        "create-user",
        parents=[url],
        help="create an account (the password is read from stdin or asked for, never an argument)",
        description="Create an account that can sign in, or give an imported advocate a password. The "
        "password comes from standard input when it is not a terminal, else from a prompt (asked twice).",
    )
    create_user.add_argument("--email", required=True)
    create_user.add_argument("--role", required=True, choices=["advocate", "moderator", "staff", "kiosk"])
    create_user.add_argument("--name", default="", help="the person's name (default: the email's local part)")
    create_user.add_argument("--event", metavar="CODE", help="for --role kiosk: the check-in code of its event")
    create_user.set_defaults(command=_create_user)

    import_advocates = admin.add_parser(
        "import-advocates",
        parents=[url],
        help="import advocates from a CSV file (all or nothing)",
        description="Import advocates from a UTF-8 CSV file with the columns email,name,company,language,groups "
        "(groups separated by ';'). Shows a preview; imports only with --yes (or after confirming at a "
        "prompt), in one transaction: a single bad row imports nothing.",
    )
    import_advocates.add_argument("file", type=Path, metavar="FILE.csv")
    import_advocates.add_argument("--yes", action="store_true", help="import without asking")
    import_advocates.set_defaults(command=_import_advocates)

    seed = admin.add_parser(
        "seed-demo",
        parents=[url],
        help="create the demo program on the server; every demo account's password is 'demo-password'",
    )
    seed.set_defaults(command=_seed_demo)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def _start(args: argparse.Namespace) -> int:
    """Open the desktop app (creating the demo program in an empty data dir), or render a screenshot."""
    data_dir = _data_dir(args)
    logs.configure()
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from advocate_hub.ui import app, screenshot
    from advocate_hub.ui import logs as ui_logs
    from advocate_hub.ui.theme import ThemeName

    options = app.Options(
        data_dir=data_dir,
        demo=args.demo or (not program_exists(data_dir) and not args.server),
        as_email=args.as_email,
        theme=ThemeName(args.theme) if args.theme else None,
        server=args.server,
        language=args.language,
    )
    if args.screenshot is not None:
        # Nobody is there to close an error dialog: a failure on the GUI thread fails the screenshot instead.
        failures: list[str] = []
        ui_logs.install(show=failures.append)
        width, height = args.size
        written = screenshot.render(options, args.view, args.screenshot, QSize(width, height), failures)
        print(f"{written}")
        return 0
    ui_logs.install()
    if args.kiosk:
        from advocate_hub.ui.kiosk import app as kiosk_app

        return kiosk_app.run(options, args.kiosk_event)
    return app.run(options)


def _size(value: str) -> tuple[int, int]:
    width, _, height = value.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size such as 1280x800") from None
    if not (320 <= size[0] <= 8000 and 240 <= size[1] <= 8000):
        raise argparse.ArgumentTypeError(f"{value!r} is too small or too large")
    return size


def _summary(args: argparse.Namespace) -> int:
    from advocate_hub.core.demo.summary import describe_program

    data_dir = _data_dir(args)
    if not program_exists(data_dir):
        raise NotFound(f"There is no program in {data_dir}. Create one with `{APP_NAME} demo --data-dir DIR`.")
    with Program.open(data_dir) as program:
        print(describe_program(program))
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from advocate_hub.core.doctor import diagnose

    diagnosis = diagnose(_data_dir(args))
    print(_format_diagnosis(diagnosis))
    return 0 if diagnosis.healthy else EXIT_ERROR


def _format_diagnosis(diagnosis: Diagnosis) -> str:
    width = max(len(finding.topic) for finding in diagnosis.findings) + 1
    lines = [
        f"{finding.level.value:<8} {finding.topic + ':':<{width}} {finding.message}" for finding in diagnosis.findings
    ]
    problems, warnings = len(diagnosis.problems), len(diagnosis.warnings)
    verdict = "healthy" if diagnosis.healthy else f"{problems} problem{'s' * (problems != 1)} with the data"
    lines.append(f"result: {verdict}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(lines)


def _demo(args: argparse.Namespace) -> int:
    if (args.advocates is None) != (args.events is None):
        args.parser.error("--advocates and --events go together")
    data_dir = _data_dir(args)
    replaced = None
    if program_exists(data_dir):
        if not args.force:
            raise DemoExists(
                f"{data_dir} already holds a program; nothing was changed. Use --force to replace it "
                f"(the old file is moved to {data_dir / 'backups'})."
            )
        replaced = _move_aside(data_dir)
        print(f"The existing program was moved to {replaced}.", file=sys.stderr)
    try:
        result = _create_demo(data_dir, args)
    except BaseException:
        _undo_demo(data_dir, replaced)
        raise
    print(result.describe())
    return 0


def _create_demo(data_dir: Path, args: argparse.Namespace) -> Described:
    with Program.open(data_dir) as program:
        if args.advocates is None:
            from advocate_hub.core.demo.seed import create_demo

            return create_demo(program, seed=args.seed)
        from advocate_hub.core.demo.synthetic import generate

        return generate(
            program,
            advocates=args.advocates,
            events=args.events,
            seed=args.seed,
            progress=Progress("generating", sys.stderr),
        )


def _move_aside(data_dir: Path) -> Path:
    """Move the database (and its WAL files, so the copy stays whole) to backups/ under a UTC-stamped name."""
    backups = data_dir / "backups"
    ensure_writable_dir(backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{APP_NAME}-replaced-{stamp}.sqlite"
    counter = 1
    while target.exists():
        target = backups / f"{APP_NAME}-replaced-{stamp}-{counter}.sqlite"
        counter += 1
    source = data_dir / DATABASE_FILENAME
    try:
        for suffix in SIDE_FILES:
            if Path(f"{source}{suffix}").exists():
                Path(f"{source}{suffix}").rename(f"{target}{suffix}")
    except OSError as error:
        raise DataDirNotWritable(f"Cannot move {source} to {backups}: {error.strerror or error}.") from None
    return target


def _undo_demo(data_dir: Path, replaced: Path | None) -> None:
    """A failed demo leaves the data dir as it was: drop the half-made file, put back the replaced one."""
    source = data_dir / DATABASE_FILENAME
    for suffix in SIDE_FILES:
        try:
            Path(f"{source}{suffix}").unlink(missing_ok=True)
            if replaced is not None and Path(f"{replaced}{suffix}").exists():
                Path(f"{replaced}{suffix}").rename(f"{source}{suffix}")
        except OSError:
            continue  # best effort: the original error is the one to report, and the backup is still there


def _server_data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir`` as given, else a ``server`` folder in the default data dir (never the desktop's file)."""
    option = getattr(args, "data_dir", None)
    return Path(option).expanduser() if option else resolve_data_dir(None) / "server"


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from advocate_hub.server.app import DATA_DIR_ENV, DATABASE_URL_ENV, configure_logging
    from advocate_hub.server.db import open_database

    configure_logging()
    data_dir = _server_data_dir(args)
    open_database(args.database_url, data_dir).close()  # migrate once, before any worker starts
    os.environ[DATABASE_URL_ENV] = args.database_url or ""
    os.environ[DATA_DIR_ENV] = str(data_dir)
    uvicorn.run(
        "advocate_hub.server.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=10,
    )
    return 0


def _server_database(args: argparse.Namespace) -> ServerDatabase:
    from advocate_hub.server.db import open_database

    return open_database(args.database_url, _server_data_dir(args))


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise UsageError("The two passwords differ; nothing was changed.")
    return first


def _create_user(args: argparse.Namespace) -> int:
    from advocate_hub.core.domain.enums import Role
    from advocate_hub.server.admin import create_user

    password = _read_password()
    database = _server_database(args)
    try:
        uid = create_user(
            database, email=args.email, role=Role(args.role), password=password, name=args.name, event=args.event
        )
    finally:
        database.close()
    print(f"{args.email.strip().lower()} can now sign in as {args.role} (uid {uid}).")
    return 0


def _import_advocates(args: argparse.Namespace) -> int:
    from advocate_hub.core.imports.advocates_csv import ImportRefused
    from advocate_hub.server.admin import import_advocates, read_csv

    plan = read_csv(args.file)
    if not plan.ok:
        refusal = plan.refusal()
        _print_problems(refusal)
        raise refusal
    print(plan.preview())
    if not args.yes:
        if not sys.stdin.isatty():
            print("Nothing imported yet: run again with --yes to import.")
            return 0
        if input(f"Import {len(plan.rows)} advocates? [y/N] ").strip().lower() not in {"y", "yes"}:
            print("Nothing was imported.")
            return 0
    database = _server_database(args)
    try:
        count = import_advocates(database, plan)
    except ImportRefused as refused:
        _print_problems(refused)
        raise
    finally:
        database.close()
    print(f"Imported {count} advocates.")
    return 0


def _print_problems(refused: ImportRefused) -> None:
    for problem in refused.problems:
        print(f"  {problem}", file=sys.stderr)
    if refused.problem_count > len(refused.problems):
        print(f"  ... and {refused.problem_count - len(refused.problems):,} more", file=sys.stderr)


def _seed_demo(args: argparse.Namespace) -> int:
    from advocate_hub.server.admin import DEMO_PASSWORD, seed_demo

    database = _server_database(args)
    try:
        description, accounts = seed_demo(database)
    finally:
        database.close()
    print(description)
    print(f"All {accounts} demo accounts sign in with the password {DEMO_PASSWORD!r}.")
    return 0


class UsageError(AdvocateHubError):
    code = "usage"


class Progress:
    """A percentage updated in place on one line; writes only when the whole percent changes."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent == self.shown:
            return
        self.shown = percent
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{self.label}: {percent:3d}%{end}")
        self.stream.flush()


def _log_crash(argv: list[str]) -> str:
    """Write the current exception's traceback to the rotating log; return where it went."""
    path = logs.configure(warnings_to_stderr=False)
    if path is None:
        traceback.print_exc(file=sys.stderr)
        return f"the traceback above (the log folder {log_dir()} is not writable)"
    logging.getLogger("advocate_hub").exception(
        "unexpected error in %s %s (version %s, pid %d)", APP_NAME, argv, __version__, os.getpid()
    )
    return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
