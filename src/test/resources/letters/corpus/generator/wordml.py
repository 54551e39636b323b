"""Writes a Letter as a .docx in raw WordprocessingML (standard library only).

List styles are written the ways Word users make them: "bullet" / "number" / "letter" give each paragraph its own
numbering (numPr), "List Bullet" / "List Number" take their bullets or numbers from the paragraph STYLE (the style
carries the numPr, the paragraph does not), "glyph" types a bullet character into the text, "dash" a hyphen, "plain" has no marker. A list block
with `continues` runs on from the numbering of the last such list, as one Word list broken by headings. A table cell
whose first block has `vmerge` ("restart" / "continue") is merged with the cells below it / the one above it.
"""
import re
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

# abstract numbering ids
BULLET, DECIMAL, LOWER_LETTER = 1, 2, 3
STYLE_BULLET_NUM, STYLE_NUMBER_NUM = 1, 2  # the nums the List Bullet / List Number styles point at


FOOTNOTE = re.compile(r"\[\^([^\]]*)\]")


def runs(text, bold=False, notes=None):
    """Text with **bold** spans; a footnote "[^note]" becomes a footnote reference, its note appended to notes."""
    if notes is not None and FOOTNOTE.search(text):
        out = []
        for i, part in enumerate(FOOTNOTE.split(text)):
            if i % 2 == 0:
                out.append(runs(part, bold))
            else:
                notes.append(part)
                out.append(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                           f'<w:footnoteReference w:id="{len(notes)}"/></w:r>')
        return "".join(out)
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if not part:
            continue
        b = bold or i % 2 == 1
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


class Numbering:
    def __init__(self):
        self.nums = [(STYLE_BULLET_NUM, BULLET, False), (STYLE_NUMBER_NUM, DECIMAL, False)]

    def new(self, abstract):
        num_id = len(self.nums) + 1
        self.nums.append((num_id, abstract, True))
        return num_id

    def xml(self):
        def level(ilvl, fmt, text, indent):
            font = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' \
                if text == "\uf0b7" else ('<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr>'
                                          if text == "o" else "")
            return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>{font}</w:lvl>')

        abstracts = {
            BULLET: [level(0, "bullet", "\uf0b7", 720), level(1, "bullet", "o", 1440), level(2, "bullet", "\uf0a7", 2160)],
            DECIMAL: [level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "%2)", 1440),
                      level(2, "lowerRoman", "%3.", 2160)],
            LOWER_LETTER: [level(0, "lowerLetter", "%1)", 720), level(1, "bullet", "o", 1440),
                           level(2, "bullet", "\uf0a7", 2160)],
        }
        body = "".join(f'<w:abstractNum w:abstractNumId="{a}"><w:multiLevelType w:val="hybridMultilevel"/>'
                       + "".join(levels) + "</w:abstractNum>" for a, levels in abstracts.items())
        for num_id, abstract, restart in self.nums:
            override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
            body += f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{body}</w:numbering>'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>
<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259"
w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1F3864"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
<w:rPr><w:b/><w:i/><w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>
<w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="{STYLE_BULLET_NUM}"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{STYLE_BULLET_NUM}"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="{STYLE_NUMBER_NUM}"/></w:numPr><w:spacing w:after="80"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber2"><w:name w:val="List Number 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{STYLE_NUMBER_NUM}"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>
<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
</w:tblBorders></w:tblPr></w:style>
</w:styles>"""

FOOTNOTE_STYLE = ('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
                  '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                  '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>')

SUB_STYLE = {"List Bullet": "ListBullet2", "List Number": "ListBullet2"}
STYLE_ID = {"List Bullet": "ListBullet", "List Number": "ListNumber"}


class Writer:
    def __init__(self, letter):
        self.letter = letter
        self.numbering = Numbering()
        self.footnotes = []
        self.running = None

    def paragraph(self, block):
        ppr = ""
        if block.style:
            ppr += f'<w:pStyle w:val="{block.style}"/>'
        if block.align:
            ppr += f'<w:jc w:val="{block.align}"/>'
        return f'<w:p><w:pPr>{ppr}</w:pPr>{runs(block.text, block.bold, self.footnotes)}</w:p>'

    def heading(self, block):
        style = "Title" if block.level == 0 else f"Heading{block.level}"
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs(block.text)}</w:p>'

    def list(self, block):
        out = []
        style = block.style
        num_id = None
        sub_num = None
        if style in ("bullet", "number", "letter") and getattr(block, "continues", False) and self.running:
            num_id = self.running  # Word numbering that runs on from the last list that runs on
        elif style in ("bullet", "number", "letter"):
            num_id = self.numbering.new({"bullet": BULLET, "number": DECIMAL, "letter": LOWER_LETTER}[style])
            if getattr(block, "continues", False):
                self.running = num_id
            sub_num = num_id if style != "bullet" else num_id
        for item in block.items:
            out.append(self.item(item, style, num_id, 0))
            for child in item.children:
                out.append(self.item(child, style, sub_num, 1))
        return "".join(out)

    def item(self, item, style, num_id, level):
        text = (f"**{item.label}** " if item.label else "") + item.text
        if style in STYLE_ID:
            sid = STYLE_ID[style] if level == 0 else SUB_STYLE[style]
            return f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr>{runs(text)}</w:p>'
        if num_id is not None:
            return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/>'
                    f'<w:numId w:val="{num_id}"/></w:numPr><w:ind w:left="{720 * (level + 1)}" w:hanging="360"/>'
                    f'</w:pPr>{runs(text)}</w:p>')
        if style in ("glyph", "dash"):
            mark = ("\u2022\t" if style == "glyph" else "-\t") if level == 0 else "\u2013\t"
            return (f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="{360 + 720 * level}"/></w:tabs>'
                    f'<w:ind w:left="{360 + 720 * level}" w:hanging="360"/><w:spacing w:after="60"/></w:pPr>'
                    f'{runs(mark + text)}</w:p>')
        indent = f'<w:ind w:left="{720 * level}"/>' if level else ""
        return f'<w:p><w:pPr>{indent}</w:pPr>{runs(text)}</w:p>'

    def table(self, block):
        widths = block.widths or [9600 // max(len(r) for r in block.rows)] * max(len(r) for r in block.rows)
        total = sum(widths)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        rows = []
        for r, row in enumerate(block.rows):
            cells = []
            for c, cell in enumerate(row):
                span = 1
                if len(row) == 1 and len(widths) > 1:
                    span = len(widths)
                width = sum(widths[c:c + span]) if span > 1 else widths[min(c, len(widths) - 1)]
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' \
                    if (block.header and r == 0) or span > 1 else ""
                span_xml = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                vmerge = getattr(cell[0], "vmerge", None) if cell else None
                if vmerge:  # a cell merged with the ones below it ("restart") or with the one above ("continue")
                    span_xml += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
                content = "".join(self.block(b) for b in cell) or "<w:p/>"
                cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span_xml}{shade}</w:tcPr>'
                             f'{content}</w:tc>')
            header = '<w:trPr><w:tblHeader/></w:trPr>' if block.header and r == 0 else ""
            rows.append(f"<w:tr>{header}{''.join(cells)}</w:tr>")
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{total}" w:type="dxa"/>'
                f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
                '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')

    def block(self, block):
        if block.kind == "heading":
            return self.heading(block)
        if block.kind == "para":
            return self.paragraph(block)
        if block.kind == "list":
            return self.list(block)
        if block.kind == "table":
            return self.table(block)
        if block.kind == "pagebreak":
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        raise ValueError(block.kind)

    def document(self):
        body = "".join(self.block(b) for b in self.letter.blocks)
        refs = ""
        if self.letter.header:
            refs += '<w:headerReference w:type="default" r:id="rIdHeader"/>'
        if self.letter.footer:
            refs += '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" '
                'w:bottom="1440" w:left="1300" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}{sect}'
                '</w:body></w:document>')

    @staticmethod
    def field(name):
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {name} '
                f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def footnotes_xml(self):
        notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                        f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{runs(" " + text)}</w:p>'
                        '</w:footnote>' for n, text in enumerate(self.footnotes, 1))
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                f'</w:p></w:footnote>{notes}</w:footnotes>')

    def footer_xml(self, text, tag, style):
        parts = re.split(r"(\{PAGE\}|\{NUMPAGES\})", text)
        content = "".join(self.field(p[1:-1]) if p in ("{PAGE}", "{NUMPAGES}") else runs(p) for p in parts if p)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {W}><w:p><w:pPr>'
                f'<w:pStyle w:val="{style}"/></w:pPr>{content}</w:p></w:{tag}>')

    def write(self, path):
        document = self.document()
        rels = ('<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides = ('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.numbering+xml"/>')
        parts = {}
        if self.footnotes:
            rels += ('<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/footnotes" Target="footnotes.xml"/>')
            overrides += ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.wordprocessingml.footnotes+xml"/>')
            parts["word/footnotes.xml"] = self.footnotes_xml()
        if self.letter.header:
            rels += ('<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/header" Target="header1.xml"/>')
            overrides += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.wordprocessingml.header+xml"/>')
            parts["word/header1.xml"] = self.footer_xml(self.letter.header, "hdr", "Header")
        if self.letter.footer:
            rels += ('<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/footer" Target="footer1.xml"/>')
            overrides += ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.wordprocessingml.footer+xml"/>')
            parts["word/footer1.xml"] = self.footer_xml(self.letter.footer, "ftr", "Footer")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            def put(name, data):
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
            put("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="'
                'http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"'
                f' ContentType="application/xml"/>{overrides}</Types>')
            put("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
                'http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="word/document.xml"/></Relationships>')
            put("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'{rels}</Relationships>')
            put("word/document.xml", document)
            put("word/styles.xml", STYLES.replace("</w:styles>", FOOTNOTE_STYLE + "</w:styles>") if self.footnotes
                else STYLES)
            put("word/numbering.xml", self.numbering.xml())
            for name, data in parts.items():
                put(name, data)
