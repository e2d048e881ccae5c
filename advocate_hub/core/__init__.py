"""The program's rules and data as plain Python: no Qt, no web framework.

The desktop UI, the CLI and the sync server all build on this package, so it must stay importable (and its
tests pass) without PySide6 installed; an import-linter contract in ``pyproject.toml`` enforces that.
"""
