"""Test-wide set-up: no display, no real OS keyring, and every data dir in a temporary folder."""

from __future__ import annotations

import os

from hypothesis import settings

# Set before Qt or keyring is imported anywhere, so no test can reach a display or a real keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("ADVOCATE_HUB_DATA_DIR", None)

# CI runs the property tests with fixed examples so a submission's result is reproducible; runs on developers'
# machines keep exploring new examples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
