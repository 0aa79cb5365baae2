"""One module per screen; each is a thin @ft.component over a view-model."""
