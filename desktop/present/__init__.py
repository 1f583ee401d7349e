"""Presentation without Qt: what every renderer of a view shows (cell text and marks, column letters,
ratio labels, palettes and marker shapes, the timeline's date ↔ x mapping and label layout).

The table model, the command-line table, the on-screen charts and every export read it, so the window
and its export say and draw the same thing. Nothing here imports Qt (an import-linter contract).
"""
