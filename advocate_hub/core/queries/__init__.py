"""Read models for the screens: plain dataclasses built from the store, one module per screen.

The Qt item models and the server's read endpoints both use these, so a screen never runs SQL of its own.
"""
