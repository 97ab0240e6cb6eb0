"""Dialogs; each has a patchable ``ask()`` classmethod so tests can answer for the user."""
