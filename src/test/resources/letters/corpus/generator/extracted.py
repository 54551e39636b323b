"""The text an HTML-producing PDF extractor leaves of a Letter, with the noise the seed documents show: one line
per paragraph, bullets as "- " (sometimes with the glyph kept, "- · "), table rows as tab-separated cells whose lists
arrive as <ul><li> or <p> fragments, and page furniture (page number, running header) dropped between two pages,
cutting a paragraph or a bullet in two where the page ended.

The noise is a pure function of the letter and its `noise` seed, so regenerating gives the same text."""
import random
import re

WORDS_PER_PAGE = 430


class Extracted:
    def __init__(self, letter, seed):
        self.letter = letter
        self.random = random.Random(seed)
        self.out = []
        self.words = 0
        self.page = 1
        self.notes = []
        self.note_count = 0
        self.running = 0  # items so far of the lists whose Word numbering runs on ("continues")

    def clean(self, text):
        """A text as the extractor shows it: bold marks dropped, a footnote reference as its number run into the
        word before it, the note kept for the foot of the page."""
        def note(match):
            self.note_count += 1
            self.notes.append(f"{self.note_count} {match.group(1)}")
            return str(self.note_count)
        return re.sub(r"\[\^([^\]]*)\]", note, text).replace("**", "")

    def furniture(self):
        footer = (self.letter.footer or "").replace("{PAGE}", str(self.page)).replace("{NUMPAGES}", "")
        footer = footer.replace(" of ", "").strip() if "{NUMPAGES}" in (self.letter.footer or "") else footer
        self.page += 1
        lines = self.notes + [footer or str(self.page - 1)]
        self.notes = []
        if self.letter.header:
            lines.append(self.letter.header)
        return lines

    def emit(self, text, prefix="", splittable=True):
        """One line of text; if the page fills up inside it, cut it in two around the page furniture."""
        words = text.split()
        if splittable and self.words + len(words) > WORDS_PER_PAGE and len(words) > 12:
            cut = max(4, WORDS_PER_PAGE - self.words)
            cut = min(cut, len(words) - 4)
            self.out += [prefix + " ".join(words[:cut]), ""]
            for line in self.furniture():
                self.out += [line, ""]
            self.out += [" ".join(words[cut:]), ""]
            self.words = len(words) - cut
            return
        self.out += [prefix + text, ""]
        self.words += len(words)
        if self.words > WORDS_PER_PAGE:
            for line in self.furniture():
                self.out += [line, ""]
            self.words = 0

    def marker(self, style, level, n):
        if style in ("number", "List Number") and level == 0:
            return f"{n}. "
        if style == "letter" and level == 0:
            return f"{chr(96 + n)}) "
        if style == "plain":
            return ""
        indent = " " if level else ""
        return indent + ("- · " if self.random.random() < 0.25 and level == 0 else "- ")

    def list_block(self, block):
        start = self.running if getattr(block, "continues", False) else 0
        if getattr(block, "continues", False):
            self.running += len(block.items)
        for n, item in enumerate(block.items, start + 1):
            label = f"{item.label} " if item.label else ""
            self.emit(label + item.text.replace("**", ""), self.marker(block.style, 0, n))
            for child in item.children:
                self.emit(child.text.replace("**", ""), self.marker(block.style, 1, n))

    def cell_text(self, cell):
        pieces = []
        for block in cell:
            if block.kind == "para":
                pieces.append(block.text.replace("**", ""))
            else:
                for item in block.items:
                    pieces.append(item.text.replace("**", ""))
                    pieces += [c.text.replace("**", "") for c in item.children]
        if len(pieces) == 1:
            return pieces[0]
        style = self.random.choice(["ul", "p", "space"])
        if style == "ul":
            return "<ul>" + "".join(f"<li>{p}</li>" for p in pieces) + "</ul>"
        if style == "p":
            return "".join(f"<p>{p}</p>" for p in pieces)
        return " ".join(pieces)

    def table(self, block):
        for r, row in enumerate(block.rows):
            cells = [self.cell_text(cell) for cell in row]
            if block.header and r == 0:
                cells = [f"<b>{c}</b>" for c in cells]
            self.emit("\t".join(cells), splittable=False)

    def render(self):
        for block in self.letter.blocks:
            if block.kind == "heading":
                self.emit(block.text.replace("**", ""), splittable=False)
            elif block.kind == "para":
                self.emit(self.clean(block.text))
            elif block.kind == "list":
                self.list_block(block)
            elif block.kind == "table":
                self.table(block)
        self.out += [n for note in self.notes for n in (note, "")]
        text = "\n".join(self.out)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip() + "\n"
