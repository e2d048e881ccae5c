"""The screens of the main window. Each is a ``Page`` that shows core read models and emits intent."""
