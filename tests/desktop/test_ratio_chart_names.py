"""A metric's name in a short ratio chart (a laptop screen): whole, or abbreviated as analysts write it, before any
elision."""
from desktop.charts.ratio_plot import one_line_name, wrapped_name


def test_a_long_name_is_abbreviated_before_it_is_cut():
    assert one_line_name("Scale-up bandwidth per accelerator", 28) == "Scale-up BW per accelerator"
    assert one_line_name("Scale-up bandwidth per accelerator", 24) == "Scale-up BW per accel."
    assert one_line_name("Memory bandwidth", 28) == "Memory bandwidth"  # fits: left whole
    assert one_line_name("Total processing performance (TPP)", 20).endswith("…")


def test_two_line_names_stay_whole():
    assert wrapped_name("Scale-up bandwidth per accelerator", 24) == "Scale-up bandwidth\nper accelerator"
    # a long French name breaks after the hyphen rather than losing a word to '…'
    assert wrapped_name("Bande passante scale-up par accélérateur", 22) == "Bande passante scale-\nup par accélérateur"
    assert "…" not in wrapped_name("Bande passante scale-out par accélérateur", 22)
