"""Kiosk mode: a full-screen, locked-down station for an event booth (``advocate-hub --kiosk``)."""
