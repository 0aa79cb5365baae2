"""The Flet app: the only package that imports ``flet``. It calls services only."""
