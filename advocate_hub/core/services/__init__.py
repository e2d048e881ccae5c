"""Use cases: the only way the UI, the CLI and the server change a program's data.

Functions here take an open ``Session`` and the current time, so a caller decides the transaction: the
``Program`` facade runs each use case as one transaction of its own, and the sync server can run a use case
together with its own bookkeeping. Every failure is a typed ``AdvocateHubError`` raised before the caller
commits, so a failed use case writes nothing.
"""
