"""``advocate_hub.core`` imports and works in a Python where Qt and the server stack cannot be imported.

A child interpreter installs an import hook that refuses PySide6 and friends, imports every core module and runs a
small use case end to end (open a program, add people, approve a submission).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKED = ("PySide6", "shiboken6", "qtawesome", "superqt", "fastapi", "uvicorn", "starlette")

CHILD = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys
    import tempfile
    from datetime import UTC, datetime
    from pathlib import Path

    BLOCKED = set(sys.argv[1].split(","))


    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: advocate_hub.core must not need it")
            return None


    sys.meta_path.insert(0, Refuse())

    import advocate_hub.core

    # Scripts that Alembic runs itself, not modules to import (the use case below runs them).
    NOT_MODULES = {"advocate_hub.core.store.migrations.env"}
    imported = []
    for info in pkgutil.walk_packages(advocate_hub.core.__path__, "advocate_hub.core."):
        if info.name not in NOT_MODULES:
            importlib.import_module(info.name)
            imported.append(info.name)

    from advocate_hub.core.domain.challenges import ChallengeDraft
    from advocate_hub.core.domain.enums import Role
    from advocate_hub.core.domain.kinds import ChallengeKind
    from advocate_hub.core.services import advocates, challenges, submissions
    from advocate_hub.core.services.program import Program

    now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as data_dir, Program.open(Path(data_dir), clock=lambda: now) as program:
        moderator = program.run(
            advocates.create, new=advocates.NewAdvocate("mod@example.com", "Mo", role=Role.MODERATOR)
        )
        ada = program.run(advocates.create, new=advocates.NewAdvocate("ada@example.com", "Ada"))
        challenge = program.run(
            challenges.create,
            actor_id=moderator.id,
            draft=ChallengeDraft(title="Review us", kind=ChallengeKind.REVIEW, points=150, starts_at=now),
        )
        outcome = program.run(
            submissions.submit,
            advocate_id=ada.id,
            challenge_id=challenge.id,
            proof={"link": "https://reviews.example.com/ada"},
            disclosure_acknowledged=True,
        )
        approved = program.run(
            submissions.approve, actor_id=moderator.id, submission_id=outcome.submission.id, thank_you="Thanks!"
        )
        assert approved.posted is not None and approved.posted.balance == 150, approved

    leaked = sorted(name for name in sys.modules if name.partition(".")[0] in BLOCKED)
    assert not leaked, leaked
    print(f"ok {len(imported)} modules")
    """
)


def test_core_imports_and_runs_without_qt_or_the_server_stack(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(BLOCKED)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok "), result.stdout
    assert int(result.stdout.split()[1]) >= 30, "the walk found too few modules to be the whole core"


def test_the_blocker_really_blocks(tmp_path: Path) -> None:
    """The child's hook must make a Qt import fail, or the test above proves nothing."""
    probe = CHILD.split("import advocate_hub.core", 1)[0] + "import PySide6.QtCore\n"
    result = subprocess.run(
        [sys.executable, "-c", probe, ",".join(BLOCKED)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode != 0
    assert "PySide6.QtCore is blocked" in result.stderr or "PySide6 is blocked" in result.stderr
