"""One letter, written once: the blocks a review team writes and, beside them, the answer a checker would give.

A letter source calls the methods below in reading order. Each call adds blocks to the document (what the Word,
PDF and text renderings show) and, where the blocks carry findings, entries to the answer (the shared ground-truth
schema). Because both come from the same call, a document and its answer cannot drift apart.
"""
import re

STRENGTH = "strength"
AREA = "area_for_consideration"


def plain(text):
    """The answer's form of a text: inline bold marks and footnote references ("[^note]") removed, whitespace
    collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"\[\^[^\]]*\]", "", text).replace("**", "")).strip()


class Item:
    """A list item with optional sub-items. `label` is a number or reference typed into the text ("R1", "2.1")."""

    def __init__(self, text, children=(), label=None):
        self.text = text
        self.children = [c if isinstance(c, Item) else Item(c) for c in children]
        self.label = label


def items(entries):
    out = []
    for entry in entries:
        if isinstance(entry, Item):
            out.append(entry)
        elif isinstance(entry, tuple):
            out.append(Item(entry[0], entry[1]))
        else:
            out.append(Item(entry))
    return out


def flatten(list_items):
    """Parent then its children, as separate entries (the schema's rule for sub-bullets)."""
    out = []
    for item in list_items:
        out.append(item)
        out.extend(item.children)
    return out


class Block:
    def __init__(self, kind, **fields):
        self.kind = kind
        self.__dict__.update(fields)


class Letter:
    """Blocks: heading(text, level), para(text, align, bold), list(items, style, numbered), table(rows, widths,
    header), pagebreak. A table row is a list of cells; a cell is a list of blocks (para or list)."""

    def __init__(self, letter_id, origin, features, header=None, footer="Page {PAGE} of {NUMPAGES}", letter=None):
        self.id = letter_id
        self.letter = letter or letter_id
        self.origin = origin
        self.features = list(features)
        self.header = header
        self.footer = footer
        self.blocks = []
        self.answer = {
            "organisation": None, "review_type": None, "title": None, "fieldwork_or_review_dates": None,
            "letter_or_report_date": None, "reviewer_lead": None, "reviewer_role_org": None,
            "framework_themes": [], "lines_of_enquiry": [], "summary_strengths": [],
            "summary_areas_for_consideration": [], "detailed_findings": [], "priorities_or_recommendations": [],
            "source_file": None, "notes": None,
        }

    # --- particulars -------------------------------------------------------------------------------------------
    def particulars(self, organisation, review_type, title, fieldwork, letter_date, lead, role, notes=None):
        self.answer.update(organisation=organisation, review_type=review_type, title=title,
                           fieldwork_or_review_dates=fieldwork, letter_or_report_date=letter_date,
                           reviewer_lead=lead, reviewer_role_org=role, notes=notes)

    # --- plain blocks ------------------------------------------------------------------------------------------
    def heading(self, text, level=1):
        self.blocks.append(Block("heading", text=text, level=level))

    def para(self, text, align=None, bold=False, style=None):
        self.blocks.append(Block("para", text=text, align=align, bold=bold, style=style))

    def paras(self, text):
        """Several paragraphs, separated by blank lines in the source."""
        for chunk in re.split(r"\n\s*\n", text.strip()):
            self.para(" ".join(chunk.split()))

    def lines(self, *texts, align=None, bold=False):
        for text in texts:
            self.para(text, align=align, bold=bold)

    def pagebreak(self):
        self.blocks.append(Block("pagebreak"))

    def bullets(self, entries, style="bullet", numbered=False):
        """A list that carries no answer (background, scope notes)."""
        list_items = items(entries)
        self.blocks.append(Block("list", items=list_items, style=style, numbered=numbered))
        return list_items

    def table(self, rows, header=True, widths=None):
        """A table of plain text cells that carries no answer (budgets, membership, contents)."""
        cells = [[[Block("para", text=c, align=None, bold=header and r == 0, style=None)] for c in row]
                 for r, row in enumerate(rows)]
        self.blocks.append(Block("table", rows=cells, header=header, widths=widths))

    # --- blocks that carry answers ----------------------------------------------------------------------------
    def themes(self, entries, style="bullet"):
        self.answer["framework_themes"] += [plain(i.text) for i in flatten(self.bullets(entries, style))]

    def enquiries(self, entries, style="bullet", numbered=False):
        for item in flatten(self.bullets(entries, style, numbered)):
            self.answer["lines_of_enquiry"].append({"question": plain(item.text), "finding_summary": None})

    def enquiry_with_finding(self, question, finding_paragraphs, level=2, label=None):
        """A line of enquiry written as a heading (level None: a bold paragraph, after its typed label), the team's
        answer as the paragraphs under it."""
        if level is None:
            self.para((label + " " if label else "") + question, bold=True)
        else:
            self.heading(question, level)
        for text in finding_paragraphs:
            self.para(text)
        self.answer["lines_of_enquiry"].append(
            {"question": plain(question), "finding_summary": plain(" ".join(finding_paragraphs))})

    def summary(self, kind, entries, style="bullet", numbered=False):
        field = "summary_strengths" if kind == STRENGTH else "summary_areas_for_consideration"
        self.answer[field] += [plain(i.text) for i in flatten(self.bullets(entries, style, numbered))]

    def findings(self, theme, kind, entries, style="bullet"):
        """Findings as a list under the current theme heading."""
        for item in flatten(self.bullets(entries, style)):
            self.finding(theme, kind, item.text)

    def finding_paras(self, theme, kind, texts):
        """Findings written as prose paragraphs: each paragraph one finding."""
        for text in texts:
            self.para(text)
            self.finding(theme, kind, text)

    def finding(self, theme, kind, text):
        self.answer["detailed_findings"].append({"theme": plain(theme), "kind": kind, "text": plain(text)})

    def findings_table(self, rows, layout="columns", headings=("Theme", "Strengths", "Areas for consideration"),
                       labels=("Strengths:", "Areas for further consideration:"), style="bullet"):
        """rows: (theme, strengths, areas). layout "columns": theme | strengths | areas, one row per theme.
        layout "rows": a theme row spanning the table, then a row "Strengths:" | items, then "Areas ...:" | items.
        layout "per-theme": a heading per theme, then a table headed (headings) with one row: strengths | areas.
        Answers come strengths first then areas, per theme, in table order."""
        table_rows = []
        if layout == "columns":
            if headings:
                table_rows.append([[Block("para", text=h, align=None, bold=True, style=None)] for h in headings])
            for theme, strengths, areas in rows:
                table_rows.append([[Block("para", text=theme, align=None, bold=True, style=None)],
                                   self._cell(strengths, style), self._cell(areas, style)])
        elif layout == "per-theme":
            # a heading per theme, then a two-column table of its strengths and areas
            for theme, strengths, areas in rows:
                self.heading(theme, 3)
                self.blocks.append(Block("table", rows=[
                    [[Block("para", text=h, align=None, bold=True, style=None)] for h in headings],
                    [self._cell(strengths, style), self._cell(areas, style)]], header=True, widths=[4800, 4800]))
        else:
            for theme, strengths, areas in rows:
                table_rows.append([[Block("para", text=theme, align=None, bold=True, style=None, span=2)]])
                table_rows.append([[Block("para", text=labels[0], align=None, bold=True, style=None)],
                                   self._cell(strengths, style)])
                table_rows.append([[Block("para", text=labels[1], align=None, bold=True, style=None)],
                                   self._cell(areas, style)])
        if table_rows:
            self.blocks.append(Block("table", rows=table_rows, header=layout == "columns" and bool(headings),
                                     widths=[2200, 3700, 3700] if layout == "columns" else [2400, 7200]))
        for theme, strengths, areas in rows:
            for kind, entries in ((STRENGTH, strengths), (AREA, areas)):
                for item in flatten(items(entries)):
                    self.finding(theme, kind, item.text)

    @staticmethod
    def _cell(entries, style):
        return [Block("list", items=items(entries), style=style, numbered=False)]

    def recommendations(self, entries, group=None, style="number", numbered=True, refs=None):
        """entries: Items (or texts). refs: "auto" gives 1, 2, 3 as Word numbers them; a callable gives the ref of
        item n (1-based); None leaves refs null (bullets). An Item's label is typed into the text and is its ref."""
        list_items = self.bullets(entries, style, numbered)
        n = 0
        for item in list_items:
            n += 1
            ref = item.label
            if ref is None and refs == "auto":
                ref = str(n)
            elif ref is None and callable(refs):
                ref = refs(n)
            self.answer["priorities_or_recommendations"].append(
                {"ref": ref, "text": plain(item.text), "group": group})
            for child in item.children:
                self.answer["priorities_or_recommendations"].append(
                    {"ref": None, "text": plain(child.text), "group": group})

    def recommendation_paras(self, entries, group=None):
        """Recommendations written as paragraphs that begin with their reference: ("R1", "text")."""
        for ref, text in entries:
            self.para("**" + ref + "** " + text)
            self.answer["priorities_or_recommendations"].append({"ref": ref, "text": plain(text), "group": group})

    def recommendation_table(self, entries, group=None, headings=("No.", "Recommendation")):
        rows = [[[Block("para", text=h, align=None, bold=True, style=None)] for h in headings]]
        for ref, text in entries:
            rows.append([[Block("para", text=ref, align=None, bold=False, style=None)],
                         [Block("para", text=text, align=None, bold=False, style=None)]])
            self.answer["priorities_or_recommendations"].append({"ref": ref, "text": plain(text), "group": group})
        self.blocks.append(Block("table", rows=rows, header=True, widths=[1000, 8600]))
