"""A client in a process of its own, so a test can kill it with SIGKILL at a chosen moment.

client_process.py DATA_DIR BASE_URL EMAIL complete CHALLENGE_UID   (kill -9 right after the commit)
client_process.py DATA_DIR BASE_URL EMAIL pull-and-die N           (kill -9 inside the Nth page's transaction)
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from advocate_hub.core.sync import engine as engine_module
from advocate_hub.core.sync.apply import Applier

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sync.support import open_client


def main() -> None:
    data_dir, base_url, email, action, argument = sys.argv[1:6]
    client = open_client(Path(data_dir), base_url, email)
    if action == "complete":
        client.complete(argument)
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "pull-and-die":
        pages = {"n": 0}
        original = Applier.apply

        def dying(self: Applier, changes: list[dict[str, Any]]) -> int:
            half = len(changes) // 2
            original(self, changes[:half])
            self.session.flush()
            pages["n"] += 1
            if pages["n"] >= int(argument):
                os.kill(os.getpid(), signal.SIGKILL)
            return original(self, changes[half:]) + half

        engine_module.Applier.apply = dying  # type: ignore[method-assign]
        client.engine.pull_limit = 5
        client.engine.sync()
    print("alive")


if __name__ == "__main__":
    main()
