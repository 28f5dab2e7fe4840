"""PDFs for letters, envelopes and label sheets, made with ReportLab (no Qt here).

    letter.render_letter(letter, paper)            -> RenderedLetter (pdf, page_count, warnings)
    envelope.render_envelope(letter, size, ...)    -> bytes; ENVELOPE_SIZES
    labels.render_labels(address, home, sheet, ...) -> bytes; render_alignment_page
    label_sheets.LABEL_SHEETS, label_sheet(key)
    batch.render_batch(letters, paper, envelope, postage) -> Batch (letters, envelopes, mailing sheet)

Text is always plain: `text` escapes it and picks a bundled font per script (`fonts`);
`address` formats addresses for the post. Output is byte-for-byte repeatable (invariant mode).
"""
