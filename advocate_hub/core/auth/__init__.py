"""Keeping the sign-in: the refresh token in the OS keyring, never in SQLite or a plain file."""
