"""Blocks the second set of letters needs that model.Letter has no method for: a boxed list, a recommendations
table with more columns than reference and text, and findings written as bold run-in labels. Each adds its blocks
and its answer entries together, as model.Letter does."""
from model import AREA, Block, STRENGTH, items, plain


def para(text, bold=False):
    return Block("para", text=text, align=None, bold=bold, style=None)


def boxed_recommendations(letter, title, entries, group, style="number", refs="auto", lead=None):
    """A one-cell table (the box) holding a bold title, an optional lead-in and a list of recommendations."""
    list_items = items(entries)
    cell = [para(title, bold=True)] + ([para(lead)] if lead else []) + [
        Block("list", items=list_items, style=style, numbered=style != "bullet")]
    letter.blocks.append(Block("table", rows=[[cell]], header=False, widths=[9600]))
    for n, item in enumerate(list_items, 1):
        ref = item.label or (str(n) if refs == "auto" else refs(n) if callable(refs) else None)
        letter.answer["priorities_or_recommendations"].append({"ref": ref, "text": plain(item.text), "group": group})
        for child in item.children:
            letter.answer["priorities_or_recommendations"].append({"ref": None, "text": plain(child.text), "group": group})


def recommendations_table(letter, headings, rows, group, widths=None):
    """rows: (ref, text, *other cells). The reference and text are the answer; other cells (agency, timescale) are
    not."""
    table = [[[para(h, bold=True)] for h in headings]]
    for row in rows:
        table.append([[para(c)] for c in row])
        letter.answer["priorities_or_recommendations"].append({"ref": row[0], "text": plain(row[1]), "group": group})
    letter.blocks.append(Block("table", rows=table, header=True, widths=widths))


def run_in_findings(letter, theme, kind, label, entries, style="bullet"):
    """A bold run-in label paragraph ("What is working well:") and its findings as a list under it."""
    letter.para(label, bold=True)
    letter.findings(theme, kind, entries, style)


def table_cell_list(entries, style="bullet"):
    return [Block("list", items=items(entries), style=style, numbered=False)]


# --- blocks the third set needs ----------------------------------------------------------------------------------

def merged_cell(text, vmerge, bold=True):
    """A table cell merged vertically: "restart" opens the merged cell, "continue" is a cell it covers (empty)."""
    block = para(text if vmerge == "restart" else "", bold=bold)
    block.vmerge = vmerge
    return [block]


def merged_findings_table(letter, headings, rows, style="bullet", widths=(2200, 3700, 3700)):
    """Findings as a three-column table whose theme cell spans the theme's rows. rows: (theme, [(strength, area)]),
    either side of a pair may be None (an empty cell). Answers: per theme, its strengths then its areas."""
    table = [[[para(h, bold=True)] for h in headings]]
    for theme, pairs in rows:
        for n, (strength, area) in enumerate(pairs):
            table.append([merged_cell(theme, "restart" if n == 0 else "continue"),
                          table_cell_list([strength], style) if strength else [para("")],
                          table_cell_list([area], style) if area else [para("")]])
    letter.blocks.append(Block("table", rows=table, header=True, widths=list(widths)))
    for theme, pairs in rows:
        for kind, side in ((STRENGTH, 0), (AREA, 1)):
            for pair in pairs:
                if pair[side]:
                    letter.finding(theme, kind, pair[side])


def numbered_finding_paras(letter, theme, kind, numbered):
    """Findings as numbered paragraphs ("2.1.3 text"): the number is typed, the text is the finding."""
    for number, text in numbered:
        letter.para(f"{number} {text}")
        letter.finding(theme, kind, text)


def recommendation_para(letter, number, text, group):
    """A numbered paragraph that is itself a recommendation ("3.1.4 The review recommends that ...")."""
    letter.para(f"{number} {text}")
    letter.answer["priorities_or_recommendations"].append({"ref": number, "text": plain(text), "group": group})


def three_column_practice_table(letter, theme, headings, strengths, areas, needs, group=None):
    """A Signs of Safety style table for one theme: three columns (working well | worried about | needs to happen),
    one row of lists. The first two columns are the theme's findings, the third its recommendations (no refs)."""
    letter.blocks.append(Block("table", rows=[
        [[para(h, bold=True)] for h in headings],
        [table_cell_list(strengths), table_cell_list(areas), table_cell_list(needs)]],
        header=True, widths=[3200, 3200, 3200]))
    for kind, entries in ((STRENGTH, strengths), (AREA, areas)):
        for text in entries:
            letter.finding(theme, kind, text)
    for text in needs:
        letter.answer["priorities_or_recommendations"].append({"ref": None, "text": plain(text),
                                                               "group": group or theme})
