"""Widget-building view classes: they lay out widgets and name them, nothing more."""
