<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>The fact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field or metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;stack fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supply est&amp;imate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a s&amp;tack fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your stack and supply facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a s&amp;ource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a &amp;named pairing or group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this &amp;pairing or group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete this pairing or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite a &amp;better source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the de&amp;vice %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit which device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the device “%1”. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add figure %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit figure %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted your figure. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citation was not upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite a better source for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure now cites the better source; the old citation stays listed. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours (edits the bundled rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own rules can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport-control rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ChipLens (a bug, not your data). ChipLens keeps running; your saved data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to:
%1

Please send that file with a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport view (PNG, SVG, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy view as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the view as a %1 × %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick devices to compare first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure carries its confidence (O official, T third-party, R reported; ƒ derived from cited figures) and the numbers of its sources [n], listed with their URLs at the end. “not published”: no source in the catalog gives the figure. Ratios compare figures of the same unit and basis (dense or sparse, per chip or per system, one way or both ways): others are marked not comparable, with why; ⚠ marks a ratio whose figures&apos; basis is not fully stated by the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the brief is a PDF: the file name must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper size %1: use a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy timeline: events involving these devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export controls: every chip against the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 most recently updated of the %2 notes linked to this pairing or its devices; the others are in ChipLens&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last edited %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source says where the figures cited to it were read (primary: the producer’s own page; reputable relay; weak relay), their confidence (O official, T third-party, R reported) and how many figures of the brief cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2 (%1 ÷ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics relative to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each marker is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio %1&#xa0;÷&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O official · T third-party · R reported · ƒ derived (computed from cited figures) · ≠ sources disagree by more than %1 · bold and ▲: better figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[n]: source number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“not supported”: the device lacks the feature (“not published”: no source gives it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and Supply: the reference&apos;s words with their sources, never ranked (“not found”: the reference has nothing on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratios to %1; –: not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published for any of these devices: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratios: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringed: in the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP (total processing performance), log scale; up: performance density (TPP ÷ die area), log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control map: chips against the rules in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chips; across: TPP, up: performance density, both log scales; %2 chips with no density (no published die area, or only one die&apos;s) sit in the strip below. Colour: country; shape: what the rules make of the chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold rule on TPP and density is in force on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force but not drawn (other figures, or no chip test): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip figures (TPP, die area): %1 (&apos;chiplens controls&apos; marks inferred die areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and verdicts as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines from %2 sources; each line is one source&apos;s figures for one subject, never merged with another&apos;s. Sources of the lines and of the statements not charted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 pixels, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be between 0.5 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pixels × scale %2 is wider than %3 pixels: choose a smaller width or scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme %1: use screen or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part %1: use both, table or chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of: no dated figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specifications and ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key metrics, ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1; ratios are unitless (log scale in the chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources, with their figures&apos; confidence (O official, T third-party, R reported; ƒ derived) and where they were read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: no sourced figure is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 figures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy timeline, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates are UTC calendar days; month-, quarter- and year-precision events are drawn over their period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (O official, T third-party, R reported; number of events): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 stacks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the cells (%1 facts): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: the full title of each numbered label, and the events each numbered marker stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involves a compared device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event in this range with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of these %2 events are summarised in numbered groups, listed in the key below: export a shorter range or a wider picture (--from and --to, or --width) to label each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (choose a folder you can write to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture would be %1 pixels high: choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of ChipLens cannot write SVG (Qt&apos;s SVG module is missing): export PNG or PDF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit your fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete your fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct or edit a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in the &amp;Stacks tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack &amp;fact for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supply &amp;estimate for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit your estimate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete your estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this estimate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a supply estimate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supply estimate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack fact for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit yours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this estimate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export data (JSON or CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 values to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily (while working, on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating the database from schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source in the catalog gives this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree (more than %1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n other figure(s): select the cell to see them and pick another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose this source for this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own figure (italic): right-click to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a data file (File ▸ Import data); a newer import of it updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: the other devices&apos; ratios are taken against this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratio: a figure is missing or not numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare ▸ Per accelerator package splits a board&apos;s or superchip&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither side is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O official · T third-party · R reported (letter in a circle) · ƒ derived, with its formula · dotted circle with a small ring: read only on a weak relay (aggregator, wiki, reseller) · ≠ sources disagree by more than %2 · %1 the sides&apos; figures come from different sources or methods · ▲ better side · ⚠ basis not fully stated · underlined: your pick · italic: your figure · hover or select a cell for its sources and basis, right-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the ChipLens data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the days the rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in force on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map on this day as PNG, SVG or PDF, with its caption and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the control map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided on %1 (a figure not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force on %1, not drawn (other figures, or no chip test):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stacks of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix as shown (this jurisdiction) as PNG, SVG or PDF, with its legend and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software stacks matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected cell&apos;s facts and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stacks matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is hidden by the timeline&apos;s filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the subject, e.g. huawei 910c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market-share chart as PNG, SVG or PDF, with its title, date and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market share chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the market-share chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Side-by-side comparison of AI accelerators and rack-scale systems, with the source, date and confidence of every figure.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data credits.&lt;/b&gt; Specifications are compiled from the public sources listed with each figure. Includes data from Epoch AI, “Data on Machine Learning Hardware”, &lt;a href=&apos;https://epoch.ai/data/machine-learning-hardware&apos;&gt;epoch.ai&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Figures are dense peak throughput unless marked; values no source gives are shown as “not published”, never estimated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipLens backs the database up when it closes (once a day, if the database is healthy), and before every database update, restore and import. Restoring a backup first backs up the current database, so a restore can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The first one is made when ChipLens closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily backups of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the backup or restore is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup from %1?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The database as it was before is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparsity not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granularity not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per accelerator package: the figures of %1 are split per package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a %2 of %3 packages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasisForm</name>
    <message>
        <source>optional, as the source words it, e.g. 1000 W, Server tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per die</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per package (one accelerator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per superchip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cube or tensor units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;parsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direc&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scop&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cond&amp;ition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this row&apos;s standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a format of the row “%2”, which holds %3 only: enter the figure in the row of its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 figure belongs in the row “%2”: “%3” holds %4 figures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%3” holds %4 figures only: a %1 figure has no row here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to the row “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beyond</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack and latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node and foundry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fab capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts dies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts HBM stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts wafers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated, read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no stack %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is negative, and a count cannot be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not one of yours (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor inference engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other inference engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triton support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA source compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA translation tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence and openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a fact: an object with domain, subject, field, value, source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the file twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst fact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new fact of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this store&apos;s trash: brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference has nothing on this for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (select the cell for each address and note):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity (sourced evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reference&apos;s facts say of the stack&apos;s reach: its routes into PyTorch and vLLM, MLPerf results, models running on it and developers, each with its source, date and grade. No stack is ranked above another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference has no software stack for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest version not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipLens reference, summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference&apos;s summary of the stack says this; no fact of its own is filed under this row (its facts are listed with the stack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLPerf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>developers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor-measured pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiles CUDA source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime API emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source porting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework-level migration only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (framework plugins instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): PyTorch %3; vLLM %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; newest software event: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every estimate the reference holds, by period, each with what it counts and who made it; estimates that count different things are never merged or ranked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Export brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key findings (generated from the figures; edit them as you like, one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the generated findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief is a PDF: the file name must end in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Cite a better source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure keeps its number, basis, producer and confidence, read on the page you choose. The figure as it is now stays listed as an alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the better source —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the page the figure was read on, or add it with New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure already cites this source: choose a better one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline (ratios ÷ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure, ratio ÷ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio A / B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (+%n more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Key metrics, A relative to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics, each relative to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlMap</name>
    <message>
        <source>TPP (total processing performance, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance density (TPP ÷ die area, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlRuleDialog</name>
    <message>
        <source>Edit the export-control rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an export-control rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes this your version of the bundled rule: it is used instead of it and kept over data updates. Delete your version to return to the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (empty: in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes &amp;effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tests (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>meets a threshold rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by a licence policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transistors in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has HBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBM bandwidth density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of Chinese rare-earth value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of domestic compute and storage chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets, whatever its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misses, whatever its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decided: %1 not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on which reported figure holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procurement rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence policy: it changes the licence outcome, not the classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance: no technical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts on purchases in China, not on US classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescinds another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its thresholds are not on chip figures ChipLens tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute: die area not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute: only one die&apos;s area is published (not the package&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute: TPP not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule an id of letters, digits and - . _ : (2 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose US, CN or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date it takes effect as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must come after the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each test needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test&apos;s condition cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions are not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control verdict (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipLens cannot read its database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is not deleted: it is renamed to “%1.damaged-DATE” in the same folder, so it can still be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2). Restoring it brings back your notes and values as they were then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup. Starting fresh creates a new database with the reference data; your notes stay in the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering what can be read copies every row that can still be read (notes, your figures, sources, events) into a new database and shows what was recovered and lost before anything is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cover what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside and put the backup in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database, then see what was recovered and lost before choosing what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside and create a new database with the reference data only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message>
        <source>Data release %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data release %1 (%2): what changed since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in the data since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures the comparisons show that changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures a source now gives differently (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures now cited from a better page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources now disagree by more than %2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources no longer disagree (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices with another status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures added for devices already listed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset pairings added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events updated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4 figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1; was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the same source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures shown in comparisons changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disagreements opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataChangesDialog</name>
    <message>
        <source>What&apos;s new in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data was release %1 before this upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier data release to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 950PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names, comma-separated: 950PR, Ascend 950PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip (one accelerator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (rack or pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12 compute racks × 32 NPUs + 4 switch racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rac&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count must be a whole number, such as 384</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Choose a device ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chip or system (search by name, alias, vendor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePickerDialog</name>
    <message>
        <source>Choose a chip or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, alias (910C, NVL72, CM384…), vendor or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailsView</name>
    <message>
        <source>Details of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event, or use [ and ], to see its details and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours (you added it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period: for a month, the 1st; for a quarter, 1 January, April, July or October; for a year, 1 January.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the date to the first day of its month, quarter or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US Department of Commerce (BIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. HBM, Hopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices this event is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy view as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: table and chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy timeline (current range and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print (white paper, colour-blind and greyscale safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;caption (title, units, sources, date, version, credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name.png, name.svg or name.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG will be %1 pixels wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Correct a stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the source says it, e.g. out-of-tree PrivateUse1 plugin (torch_npu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 910C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. annual production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chips (packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025, 2025 H1, FY2026 Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the source gives it: 805000, &gt;75, 12-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit says what is counted: chips, units, cards, dies, stacks, wafers… Estimates that count different things are shown side by side, never added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who published it, e.g. TrendForce, or Reuters (citing IDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are correcting: %1
Your figure is saved beside it, with your source; the bundled one stays listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one already used, or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1: %2 (%3 over %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cost: %1 for A, %2 for B: %3 (A over B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cost: %1; against %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cost: %1 (no comparable ratio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cost: not published for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key metric has comparable figures for these devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure has sources more than %3 apart (marked %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures have sources more than %4 apart (marked %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure shown has sources more than %1 apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 figures shown rests on a weak citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 figure rests on a weak citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 figures rest on weak citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read only on a weak relay: marked %1 in the table; their sources are marked in the source list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source> %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Add device %1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device %1 from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratios against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline column: ratios are taken against it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Epoch AI&apos;s “Data on Machine Learning Hardware” CSV, a ChipLens CSV or a ChipLens JSON data pack (File ▸ Export data). Nothing is written until you choose Import; a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch AI ml_hardware.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipLens CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipLens JSON data pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures 8, 1,000 or 1,024 times off the other sources of the same device look like a unit slip (bytes read as bits). Tick to import them as the file gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch AI data: “Data on Machine Learning Hardware”, epoch.ai (CC-BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): added %3 · changed %4 · skipped %5 · removed %6 · errors %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1 figures are held as unit suspect: they are not imported unless you tick “Also import…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import the %1 figures held as unit suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ The file has errors: nothing is imported unless you import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 known columns are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Pairing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap sides (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote the selected figure into the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected &amp;event into the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose device &amp;A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose device &amp;B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change device &amp;C…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change device &amp;D…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;preset pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this &amp;pairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChipLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(custom pairing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device in %1 vs %2: showing another pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is already in the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure in the comparison table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event in the policy timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the beginning of this note (%1 characters); the editor has all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketShare</name>
    <message>
        <source>China&apos;s AI-accelerator market: shares by vendor and year, one line per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the market, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; read on %2, %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hollow marker: a forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker shape: who made the figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charted (no year to place them on): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives China&apos;s AI-accelerator market share by year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketShareChart</name>
    <message>
        <source>Market-share chart: China&apos;s AI-accelerator market by vendor and year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note open.
Pick one in the list, or make a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Ctrl+Shift+M cycles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the note to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the note to the trash (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the note from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, - list, | table |, [link](https://…), `code`. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved again: the store takes your notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept here and saving is retried every %1 s and after your next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note had been deleted elsewhere; your text was saved as a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash (read-only). Restore it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteLinks</name>
    <message>
        <source>Links of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Link to on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the note to what is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists in the database; the link is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>On screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes linked to the devices, pairing or event on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note, linked to what is on screen (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import notes as Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this note as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all notes as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markdown notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by linked device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only notes linked to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes are linked to what is on screen.
New note (Ctrl+N) makes one that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is on screen to link notes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.
New note (Ctrl+N) starts one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteVersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. A version is kept when you switch notes, close ChipLens, or restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the note&apos;s text with this version (the current text is kept as a version too)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>[image not shown: local files are not loaded]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown: remote images are not loaded]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown: images in notes are not loaded]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The note was not created.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 notes in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 notes for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an earlier version. The text it replaced is in Versions… too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a note to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 note(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 file(s) with the names of these notes:

%3

Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Edit the pairing or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a pairing or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: ratios are taken against this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratios against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerPackageBar</name>
    <message>
        <source>Show as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A figure per board or superchip is not comparable with a single package: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare per package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>%1 and %2 differ by the factor between %3 and %4 (binary and decimal units): one of them may count in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 differ by a factor of 8: one of them may count bits, not bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated for %3, %2 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was produced by %3, %2 by %4: an outside figure against the vendor&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated for %2; %3 states no condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures differ by %1 (highest ÷ lowest − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure of no stated confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out by ChipLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read on its producer&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read on a reputable relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read on a weak relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputable relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vendor, as reported by the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producer not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read on a weak relay (aggregator, wiki, reseller blog, mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak relay only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before a source: every figure cited to it was read on a weak relay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Sources of the selected figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure in the table to see every source for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatioChart</name>
    <message>
        <source>A better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is A&apos;s figure divided by B&apos;s, for the figures shown in the table (preferred source per cell, same unit and basis on both sides); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each marker: a device&apos;s figure ÷ %1&apos;s; ▲ the best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatioPlot</name>
    <message>
        <source>Ratio chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>not comparable: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline&apos;s figure is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second value is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is %2, %5&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure counts %2, %5&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is per %2, %5&apos;s per %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable: %1 differs (%2 vs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not stated by the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different formats: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different conditions: %1 at %2, %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different sources (%1 gives a figure for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different methods: one figure stated, another worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package (one accelerator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices you added or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices of source for a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your export-control rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered %1 of your rows; %2 known to be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses are counted against the latest good backup, from %1, and from the index entries of rows that could no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to compare with: only rows whose index entry survived can be counted as lost; others may be lost without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables with unreadable pages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled reference data (devices, figures, sources, events) is loaded again from ChipLens itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 of your rows from the salvage into the backup from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the %1 rows known lost, %2 are back from the backup; %3 were written after it and stay lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows point at something neither store has and were not merged; they stay in the salvaged store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalvageReportDialog</name>
    <message>
        <source>What could be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row that could still be read was copied into a new database. Nothing has been replaced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recovered and lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the backup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest good backup, then add every row of yours that it lacks or has in an older version from what was recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the recovered database as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and put the recovered database in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nothing and go back to the choices for the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleCalculatorPanel</name>
    <message>
        <source>Metric to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two devices to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>ChipLens is already running with the data folder %1 but does not answer. Switch to that window (or end it), or start this one with --data-dir DIR to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who published the figure: NVIDIA, SemiAnalysis, Reuters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (n.d. if undated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFiguresDialog</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures resting on this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cite a better source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a better source to the selected figure: the same number, read on a better page; this one stays listed (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures, %2 read on a weak relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak relays only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>citation upgraded from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search publisher, title, address, device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weak relays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sources with figures read on a weak relay: aggregators, wikis, reseller blogs, mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures resting on this source, to cite a better one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <source>Software stacks: how each reaches the frameworks and engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes as the reference words them, each with the kind read from those words; &quot;not found&quot;: the reference has nothing for that cell (not &quot;unsupported&quot;). Sources: vendors&apos; documentation and release notes, the frameworks&apos; own repositories and third-party reports, each cited with its grade and date (chiplens stacks --format json lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timeline event names this stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlined: announced or roadmap targets, not measured parts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a roadmap %2 (%3): its figures are announced targets, not measured parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an announced %2, not yet shipping (%3): its figures are announced targets, not measured parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>The database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file is not a ChipLens database (it has no ChipLens schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or its folder is read-only: ChipLens cannot write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction left unfinished by a crash is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer ChipLens (schema %1; this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file yet (ChipLens creates one on start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way out: &apos;chiplens db restore LATEST&apos; moves it aside (kept) and restores the newest good backup; &apos;chiplens db salvage&apos; copies every row that can still be read into a new database (the damaged file is kept); &apos;chiplens db fresh&apos; moves it aside and starts with a fresh database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way out: use --data-dir DIR for another folder, or move the file aside: &apos;chiplens db fresh&apos; does that (the file is kept) and starts with a fresh database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong with the file. Wait until that program has finished, or close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the permissions of the file and its folder (%1), or start ChipLens with --data-dir DIR (or set CHIPLENS_DATA_DIR) to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database with write access (starting ChipLens, or any chiplens command but &apos;db check&apos;) rolls that transaction back: the database is then as it was before it. &apos;db check&apos; leaves it as it is. Keep the -journal file beside the database: deleting it can damage the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade ChipLens to open it (it was left untouched), or use --data-dir DIR to open another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ChipLens, or run any chiplens command, to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 (schema %2, %3): integrity and foreign keys checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not say which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ChipLens window, process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, or not a ChipLens database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: another program holds a write lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a -journal left by a crash (rolled back on the next open with write access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer ChipLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supply</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by, read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they count different things (%1): side by side, never added or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supply fact matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suspect</name>
    <message>
        <source>%1 if the column holds bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if the column holds bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit suspect: %1 × %2 than %3 (%4); likely %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as the file gives it (you confirmed it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Policy timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by date in lanes. Plus and minus zoom, left and right arrows pan, Home fits all, [ and ] select the previous and next event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineGeometry</name>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Policy timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some categories of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events of some jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events that ended before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events that started after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, summary, actor, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the compared devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events about the two devices in the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event that matches (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event ([ or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event (] or Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event (only events you added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (only events you added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a comparison to filter by its devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Add a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a bundled figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ximate (≈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official (the maker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party (measured or compiled by others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported (press, leaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated — e.g. vendor, analyst firm (SemiAnalysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the producer&apos;s own page or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reputable outlet or compiler restating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an aggregator, syndication, wiki, reseller blog or mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (empty: the source&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this figure in the comparison (instead of the automatic choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;rrier quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1 — any multiple of %2 (1.2 PFLOPS, 3.35 TB/s, 2,800 Gbit/s, 1.5 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, as the source gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled figure stays as it is; your correction is saved as your own figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkBackups</name>
    <message>
        <source>The backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Backup restored: the window shows its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s &amp;new in the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with a fresh database; the damaged file was kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be read was recovered: the window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved outside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ChipLens last closed, the store did not take some notes. Their text was saved in:

%1

Open the file and copy the text back into your notes. This message shows at each start until the file is moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
