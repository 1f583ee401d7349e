"""The notes panel, one job per module.

- notes_panel: NotesPanel, the panel the window docks: assembles the parts, keeps the public API (open,
  new, delete/restore, versions, quotes, export/import, flush) and what is on screen (the context).
- note_list: NoteList, scope buttons, search box, tag/device/sort filters and the paged result list.
- note_editor: NoteEditor, title, tags, links, text and preview, edit modes, save status and the autosave
  wiring (debounce, snapshot, flush).
- note_autosaver: NoteAutosaver, the single-writer worker that saves the editor's snapshots off the GUI
  thread (it serves only the notes, so it lives beside them).
- note_links: NoteLinks, the chips of a note's links and "link to on screen".
- tag_edit: TagEdit, comma-separated tags with completion.
- message_bar: MessageBar, the strip of messages and buttons above the editor.
"""
