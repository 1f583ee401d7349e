"""Regenerate the fonts bundled in resources/fonts/ (run from the repository root):

    python packaging/make_font_subset.py [--cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
                                         [--dejavu /usr/share/fonts/truetype/dejavu] [--i18n resources/i18n]

Rerun it whenever the seed or the translations (resources/i18n/*.ts) change.

- DejaVu Sans (regular and bold) is copied as it is (Bitstream Vera licence: unmodified, name kept).
- Noto Sans CJK SC (SIL OFL 1.1) is subset with fontTools to the characters ChipLens needs: every
  character of the seed data (resources/seed/*.json), every character of the translations
  (resources/i18n/chiplens_*.ts: the Chinese window and exports, whatever their state), the 3,755 level-1
  hanzi of GB2312, GB2312's punctuation and full-width forms, and ASCII. The subset is renamed "ChipLens Noto Sans SC" so that it
  never shadows (or is shadowed by) a full Noto CJK installed on the machine; the OFL allows a renamed
  modified version ("Source" is the reserved name, which the new name does not use).

Needs fontTools (`pip install fonttools`, a developer tool: the app only reads the result). The output
is deterministic: running the script again on the same inputs writes the same bytes.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
SEED = ROOT / "resources" / "seed"
I18N = ROOT / "resources" / "i18n"
CJK_FAMILY = "ChipLens Noto Sans SC"
CJK_FILE = "ChipLensNotoSansSC-Regular.otf"
DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def gb2312_level1() -> str:
    """The 3,755 common hanzi (GB2312 rows 16-55), decoded from their two-byte codes."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # row 55 ends at 0xF9
    return "".join(chars)


def gb2312_symbols() -> str:
    """GB2312 row 1 (CJK punctuation) and row 3 (full-width ASCII forms)."""
    out = []
    for row in (0xA1, 0xA3):
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(out)


def seed_characters() -> str:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.json")))
    return "".join(sorted({ch for ch in text if ord(ch) >= 0x2E80}))


def translation_characters(folder: Path = I18N) -> str:
    """Every CJK character (and CJK punctuation, full-width form) of the translations in `folder`'s
    chiplens_*.ts files: finished or not, so a rerun after translating picks up each new word."""
    import xml.etree.ElementTree as ET
    chars: set[str] = set()
    for ts in sorted(Path(folder).glob("chiplens_*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            for node in message.iter():
                if node.tag in ("translation", "numerusform", "translatorcomment") and node.text:
                    chars.update(ch for ch in node.text if ord(ch) >= 0x2E80)
    return "".join(sorted(chars))


def wanted_text(i18n: Path = I18N) -> str:
    ascii_ = "".join(chr(c) for c in range(0x20, 0x7F))
    # names the app shows in Chinese in its tests and docs, whether or not the seed has them today
    extra = "华为昇腾寒武纪思元海光深算摩尔线程壁仞沐曦燧原天数智芯昆仑芯百度阿里平头哥含光腾讯紫霄"
    return "".join(sorted(set(ascii_ + gb2312_symbols() + gb2312_level1() + seed_characters() + extra
                              + translation_characters(i18n))))


def _rename(font, family: str) -> None:
    ps = family.replace(" ", "") + "-Regular"
    names = {1: family, 2: "Regular", 3: f"{ps};subset", 4: f"{family} Regular", 6: ps, 16: family, 17: "Regular"}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18):
            table.removeNames(nameID=record.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        table.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FamilyName = family
        top.FullName = f"{family} Regular"


def make_cjk(source: Path, i18n: Path = I18N) -> Path:
    from fontTools import subset
    from fontTools.ttLib import TTCollection
    collection = TTCollection(str(source))
    font = next((f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC"), None)
    if font is None:
        sys.exit(f"{source}: no 'Noto Sans CJK SC' face in this collection")
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # the exports draw unhinted glyphs; CFF hints only add size
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=wanted_text(i18n))
    subsetter.subset(font)
    _rename(font, CJK_FAMILY)
    font.recalcTimestamp = False  # keep the source's head.modified: the same inputs give the same bytes
    target = OUT / CJK_FILE
    font.save(str(target), reorderTables=True)
    return target


def copy_dejavu(folder: Path) -> list[Path]:
    out = []
    for name in DEJAVU_FILES:
        shutil.copyfile(folder / name, OUT / name)
        out.append(OUT / name)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cjk", type=Path, default=Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
    p.add_argument("--dejavu", type=Path, default=Path("/usr/share/fonts/truetype/dejavu"))
    p.add_argument("--i18n", type=Path, default=I18N, help="the folder of the chiplens_*.ts translations")
    args = p.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    written = copy_dejavu(args.dejavu) + [make_cjk(args.cjk, args.i18n)]
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:,.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
