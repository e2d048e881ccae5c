"""The frozen app's entry script: the same ``advocate_hub.cli:main`` that the ``advocate-hub`` console script runs.

``freeze_support`` lets ``advocate-hub serve --workers N`` start its worker processes from a frozen executable
(Windows and macOS spawn them by re-running the executable).
"""

from __future__ import annotations

import multiprocessing
import sys

from advocate_hub.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
