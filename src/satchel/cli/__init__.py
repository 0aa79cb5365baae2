"""The command line. It calls services only."""
