"""Regenerates the letter corpus: python3 build.py (needs LibreOffice's soffice and poppler's pdftotext).

For each letter source in letters/: the .docx (raw WordprocessingML), its PDF (LibreOffice), two text renderings
(pdftotext of the PDF, and the seed-like extractor text with tags, tabs and page furniture), the answer JSON, and the
manifest corpus.tsv (with the four seed documents, whose answers are the shared ground-truth files)."""
import importlib
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile
import zlib

from extracted import Extracted
from wordml import Writer

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent
DOCUMENTS = CORPUS / "documents"
ANSWERS = CORPUS / "answers"

# Three shared answers describe the fieldwork in words ("Not stated; ..."): no value to compare verbatim.
DESCRIBED = "fieldwork_or_review_dates"
SEEDS = [
    ("thurrock-2010-peer-review-and-committee-report.txt", "thurrock-2010", "thurrock-2010-peer-review.json",
     "committee-report+letter;signposts;prose-findings;key-priorities", DESCRIBED),
    ("walsall-2012-briefing-note-and-peer-review-letter.txt", "walsall-2012", "walsall-2012-peer-review.json",
     "briefing-note+letter;tab-table;run-on-cells;sub-bullets", DESCRIBED),
    ("thurrock-2020-independent-lscp-review.txt", "thurrock-2020", "thurrock-2020-independent-review.json",
     "independent-review;composite-recommendations;budget-tables", DESCRIBED),
    ("shropshire-2012-council-report-peer-review.txt", "shropshire-2012", "shropshire-2012-peer-review.json",
     "council-report;main-issues;action-plan", ""),
]


def split(letter_id, origin):
    """Seeds and their rewrites were tuned on: development. A new letter's split is fixed by CRC32 of its id."""
    if origin != "new":
        return "development"
    return "development" if zlib.crc32(letter_id.encode("utf-8")) % 2 == 0 else "held-out"


def letters():
    for path in sorted((HERE / "letters").glob("*.py")):
        if path.stem.startswith("_"):
            continue
        module = importlib.import_module("letters." + path.stem)
        yield from module.build()


def docx_text(path):
    """The words of a .docx as Word shows them, paragraph after paragraph (numbering glyphs aside)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p/>", xml)
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs]
    text = " ".join(texts).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\s+", " ", text)


def answer_texts(answer):
    yield from answer["framework_themes"] + answer["summary_strengths"] + answer["summary_areas_for_consideration"]
    yield from (line["question"] for line in answer["lines_of_enquiry"])
    yield from (line["finding_summary"] for line in answer["lines_of_enquiry"] if line["finding_summary"])
    yield from (f["text"] for f in answer["detailed_findings"])
    yield from (f["theme"] for f in answer["detailed_findings"])
    yield from (p["text"] for p in answer["priorities_or_recommendations"])
    yield from (answer[k] for k in ("organisation", "reviewer_lead", "fieldwork_or_review_dates") if answer[k])


def check_verbatim(letter, path):
    """Every answer text is in the document as written: the answer cannot say what the letter does not."""
    text = docx_text(path)
    missing = [t for t in answer_texts(letter.answer) if t not in text]
    if missing:
        raise SystemExit(f"{letter.id}: answer text not in the document: {missing[:3]}")


def main():
    DOCUMENTS.mkdir(exist_ok=True)
    ANSWERS.mkdir(exist_ok=True)
    rows = [("document", "format", "letter", "origin", "split", "answer", "unscored", "features")]
    for name, letter_id, answer, features, unscored in SEEDS:
        rows.append(("seed:" + name, "txt", letter_id, "seed", split(letter_id, "seed"), "seed:" + answer,
                     unscored, features))
    built = list(letters())
    with tempfile.TemporaryDirectory() as tmp:
        for letter in built:
            Writer(letter).write(DOCUMENTS / f"{letter.id}.docx")
            check_verbatim(letter, DOCUMENTS / f"{letter.id}.docx")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", str(DOCUMENTS)] + [str(DOCUMENTS / f"{l.id}.docx") for l in built],
                       check=True, stdout=subprocess.DEVNULL)
    for letter in built:
        pdf = DOCUMENTS / f"{letter.id}.pdf"
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(DOCUMENTS / f"{letter.id}-pdftotext.txt")],
                       check=True)
        (DOCUMENTS / f"{letter.id}-extracted.txt").write_text(
            Extracted(letter, zlib.crc32(letter.id.encode())).render(), encoding="utf-8")
        answer = dict(letter.answer, source_file=f"{letter.id}.docx")
        (ANSWERS / f"{letter.id}.json").write_text(json.dumps(answer, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
        features = ";".join(letter.features)
        for document, fmt, extra in ((f"{letter.id}.docx", "docx", ""), (f"{letter.id}.pdf", "pdf", ";libreoffice"),
                                     (f"{letter.id}-pdftotext.txt", "txt", ";pdftotext"),
                                     (f"{letter.id}-extracted.txt", "txt", ";extractor-noise")):
            rows.append((document, fmt, letter.letter, letter.origin, split(letter.letter, letter.origin),
                         f"{letter.id}.json", "", features + extra))
    (CORPUS / "corpus.tsv").write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(built)} letters, {len(rows) - 1} documents")


if __name__ == "__main__":
    sys.dont_write_bytecode = True  # nothing but the corpus lands in src/test/resources
    sys.path.insert(0, str(HERE))
    main()
