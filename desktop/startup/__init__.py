"""Start-up: checks before Qt loads, opening the store, one instance per data folder, crash handling, the
app's identity, and the GUI start that ties them together."""
