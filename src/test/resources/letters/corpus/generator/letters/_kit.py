"""Blocks the second set of letters needs that model.Letter has no method for: a boxed list, a recommendations
table with more columns than reference and text, and findings written as bold run-in labels. Each adds its blocks
and its answer entries together, as model.Letter does."""
from model import Block, items, plain


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
