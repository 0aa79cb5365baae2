"""Screen logic as plain Python (no flet): what to show, computed from service results."""
