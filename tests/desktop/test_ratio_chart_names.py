"""A metric's name in the ratio chart and its exported picture: whole, wrapped to the room the renderer has (at a
space, after a hyphen, inside a word only when that word alone is too wide), never elided nor abbreviated."""
from desktop.present.ratio_bars import narrowest, wrap_name


def width_of(text: str) -> float:
    return 7.0 * len(text)  # a fixed width per character, as a renderer's measure


def test_a_long_name_wraps_whole():
    name = "Scale-up bandwidth per accelerator"
    assert wrap_name(name, width_of, 7 * 24) == ("Scale-up bandwidth per", "accelerator")
    assert wrap_name("Memory bandwidth", width_of, 7 * 28) == ("Memory bandwidth",)  # fits: left whole
    lines = wrap_name("Bande passante scale-up par accélérateur", width_of, 7 * 12)
    assert lines == ("Bande", "passante", "scale-up par", "accélérateur")  # whole words where they fit
    assert wrap_name("Power (TDP or all-in)", width_of, 7 * 18) == ("Power (TDP or", "all-in)")
    assert wrap_name("Bande passante scale-up", width_of, 7 * 7) == ("Bande", "passant", "e", "scale-", "up")
    assert all(width_of(line) <= 7 * 12 for line in lines)
    for width in (40, 70, 100, 200, 400):  # every character kept, in order, at every width; no '…'
        for label in (name, "Bande passante scale-up par accélérateur", "每加速器纵向扩展带宽"):
            lines = wrap_name(label, width_of, width)
            assert "".join(lines).replace(" ", "") == label.replace(" ", "") and "…" not in "".join(lines)


def test_a_word_wider_than_the_room_is_cut_not_shortened():
    assert wrap_name("Interconnect", width_of, 7 * 5) == ("Inter", "conne", "ct")


def test_the_narrowest_two_line_width_keeps_words_whole():
    label = "Bande passante scale-up par accélérateur"
    w = narrowest(label, width_of, 2)
    assert wrap_name(label, width_of, w) == ("Bande passante scale-up", "par accélérateur")
    assert narrowest(label, width_of, 1) == width_of(label)
