"""The notes panel, one job per module.

- notes_panel: NotesPanel, the panel the window docks.
- note_autosaver: NoteAutosaver, the single-writer worker that saves the panel's snapshots off the GUI
  thread (it serves only the notes panel, so it lives beside it).
"""
