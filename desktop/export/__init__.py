"""Report-ready exports: the comparison, the timeline and a note as PNG, SVG or PDF, the clipboard, and the
PDF brief of a pairing, from the window and from the command line (`chiplens export`, `chiplens report`).

One renderer per view (`compare_picture`, `timeline_picture`, `note_picture`) draws with QPainter in logical
pixels onto any paint device, so that the window and the command line give the same picture and SVG and PDF
keep their text as text. Nothing here is imported at start-up; `cli` imports no Qt until it renders.
"""
