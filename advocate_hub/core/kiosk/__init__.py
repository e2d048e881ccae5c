"""Kiosk mode: a locked-down station at an event where visitors sign in, join and do quick challenges."""
