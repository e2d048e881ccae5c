"""The PySide6 desktop front end: views, item models and workers over ``advocate_hub.core``."""
