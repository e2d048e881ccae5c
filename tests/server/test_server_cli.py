"""The server's admin commands as an operator runs them: subprocesses on a real database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import requests
from sqlalchemy import func, select

from advocate_hub.core.store.models import Advocate
from advocate_hub.server.db import open_database

from .support import SOURCE_ROOT, start_server


def run(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "advocate_hub.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def advocates_in(url: str, tmp_path: Path) -> list[str]:
    database = open_database(url, tmp_path)
    try:
        with database.read() as session:
            return list(session.scalars(select(Advocate.email).order_by(Advocate.email)))
    finally:
        database.close()


def test_create_user_reads_the_password_from_stdin_and_the_user_can_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    created = run(
        "server",
        "create-user",
        "--database-url",
        url,
        "--email",
        "Ada@Example.com",
        "--role",
        "moderator",
        stdin="s3cret-enough\n",
    )
    again = run(
        "server",
        "create-user",
        "--database-url",
        url,
        "--email",
        "ada@example.com",
        "--role",
        "moderator",
        stdin="another-one\n",
    )
    short = run(
        "server",
        "create-user",
        "--database-url",
        url,
        "--email",
        "bo@example.com",
        "--role",
        "advocate",
        stdin="short\n",
    )
    as_argument = run(
        "server",
        "create-user",
        "--database-url",
        url,
        "--email",
        "cy@example.com",
        "--role",
        "advocate",
        "--password",
        "x",
    )

    assert created.returncode == 0, created.stderr
    assert "ada@example.com" in created.stdout
    assert again.returncode == 1
    assert "already has an account" in again.stderr
    assert short.returncode == 1
    assert "at least 8 characters" in short.stderr
    assert as_argument.returncode == 2
    server = start_server(url, tmp_path / "data")
    try:
        answer = requests.post(
            f"{server.base_url}/api/v1/auth/token",
            json={"email": "ada@example.com", "password": "s3cret-enough"},
            timeout=30,
        )
        assert answer.status_code == 200
    finally:
        server.stop()


GOOD_CSV = """email,name,company,language,groups
ann@example.com,Ann Lee,Acme,en,emea;partners
bob@example.com,Bob Ray,Initech,de,
"""


def test_import_previews_then_imports_with_yes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    source = tmp_path / "people.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")

    preview = run("server", "import-advocates", "--database-url", url, source)
    assert preview.returncode == 0, preview.stderr
    assert "2 advocates to import" in preview.stdout
    assert "ann@example.com" in preview.stdout
    assert advocates_in(url, tmp_path) == []

    imported = run("server", "import-advocates", "--database-url", url, source, "--yes")
    twice = run("server", "import-advocates", "--database-url", url, source, "--yes")

    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 advocates" in imported.stdout
    assert advocates_in(url, tmp_path) == ["ann@example.com", "bob@example.com"]
    assert twice.returncode == 1
    assert "line 2: ann@example.com is already in the program" in twice.stderr


def test_a_bad_row_imports_nothing_and_names_the_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    source = tmp_path / "people.csv"
    source.write_text(
        GOOD_CSV + "not-an-email,Cy,Co,en,\ndee@example.com,,Co,en,\nann@example.com,Ann Again,,en,\n", encoding="utf-8"
    )

    result = run("server", "import-advocates", "--database-url", url, source, "--yes")

    assert result.returncode == 1
    assert "line 4: 'not-an-email' is not an email address" in result.stderr
    assert "line 5: the name is empty" in result.stderr
    assert "line 6: ann@example.com is already on line 2" in result.stderr
    assert "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    assert advocates_in(url, tmp_path) == []


def test_bad_files_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("email,name,company,language,groups\nzoe@example.com,Zoë,,en,\n".encode("latin-1"))
    columns = tmp_path / "columns.csv"
    columns.write_text("email,name\nzoe@example.com,Zoe\n", encoding="utf-8")

    encoding = run("server", "import-advocates", "--database-url", url, latin1, "--yes")
    missing = run("server", "import-advocates", "--database-url", url, columns, "--yes")
    absent = run("server", "import-advocates", "--database-url", url, tmp_path / "nope.csv", "--yes")

    assert encoding.returncode == 1
    assert "not UTF-8" in encoding.stderr
    assert missing.returncode == 1
    assert "company, language, groups" in missing.stderr
    assert absent.returncode == 1
    assert "Cannot read" in absent.stderr
    assert advocates_in(url, tmp_path) == []


def test_seed_demo_gives_every_account_the_demo_password(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"

    seeded = run("server", "seed-demo", "--database-url", url)
    again = run("server", "seed-demo", "--database-url", url)

    assert seeded.returncode == 0, seeded.stderr
    assert "'demo-password'" in seeded.stdout
    assert again.returncode == 1
    database = open_database(url, tmp_path)
    try:
        with database.read() as session:
            moderator = session.scalars(select(Advocate.email).where(Advocate.role == "moderator").limit(1)).one()
            assert session.scalar(select(func.count()).select_from(Advocate)) > 10
    finally:
        database.close()
    server = start_server(url, tmp_path / "data")
    try:
        answer = requests.post(
            f"{server.base_url}/api/v1/auth/token", json={"email": moderator, "password": "demo-password"}, timeout=30
        )
        assert answer.status_code == 200
        token = answer.json()["access_token"]
        queue = requests.get(
            f"{server.base_url}/api/v1/moderation/queue", headers={"Authorization": f"Bearer {token}"}, timeout=30
        )
        assert queue.status_code == 200
        assert queue.json()["total"] > 0
    finally:
        server.stop()
