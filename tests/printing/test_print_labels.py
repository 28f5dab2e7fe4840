"""Label sheets: every cell where the sheet says, start at K, outlines, offsets, no overflow."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.printing.pdf_reading import MM, active_content, page_sizes, pieces, rectangles, unfolded
from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.printing.fonts import SANS, text_width
from w4r_desktop.printing.label_sheets import LABEL_SHEETS, LabelError, LabelSheet, label_sheet
from w4r_desktop.printing.labels import label_warnings, render_alignment_page, render_labels

CHINA = PostalAddress(
    ("Xi Jinping", "President of the People's Republic of China", "Xichengqu", "Beijing Shi 100017"), "CN"
)
REQUIRED = [
    "avery-5160",
    "avery-5161",
    "avery-5162",
    "avery-5163",
    "avery-5164",
    "avery-5167",
    "avery-l7160",
    "avery-l7161",
    "avery-l7163",
]
TOLERANCE_PT = 0.5 * MM


def expected_box(sheet: LabelSheet, position: int, offset_mm: tuple[float, float] = (0, 0)) -> tuple[float, ...]:
    """Label `position` in PDF points, straight from the sheet's published figures."""
    left, top = sheet.cell(position)
    return (
        (left + offset_mm[0]) * MM,
        (sheet.paper[1] - top - sheet.label_height - offset_mm[1]) * MM,
        sheet.label_width * MM,
        sheet.label_height * MM,
    )


def test_the_common_sheets_are_known() -> None:
    assert set(REQUIRED) <= set(LABEL_SHEETS)
    assert label_sheet("8160") is LABEL_SHEETS["avery-5160"]
    assert label_sheet("L7163") is LABEL_SHEETS["avery-l7163"]


@pytest.mark.parametrize("key", sorted(LABEL_SHEETS))
def test_sheet_geometry_fits_the_paper_without_overlaps(key: str) -> None:
    sheet = LABEL_SHEETS[key]
    assert sheet.pitch_x >= sheet.label_width and sheet.pitch_y >= sheet.label_height
    last_left, last_top = sheet.cell(sheet.per_sheet)
    assert sheet.left > 0 and sheet.top > 0
    assert last_left + sheet.label_width < sheet.paper[0]
    assert last_top + sheet.label_height < sheet.paper[1]


def test_avery_5160_matches_its_published_figures() -> None:
    sheet = LABEL_SHEETS["avery-5160"]
    assert (sheet.columns, sheet.rows) == (3, 10)
    assert sheet.cell(1) == pytest.approx((4.7625, 12.7))
    assert sheet.cell(30) == pytest.approx((4.7625 + 2 * 69.85, 12.7 + 9 * 25.4))
    assert (sheet.label_width, sheet.label_height) == pytest.approx((66.675, 25.4))


@pytest.mark.parametrize("key", sorted(LABEL_SHEETS))
def test_every_outlined_cell_is_within_half_a_millimetre_of_the_sheet(key: str) -> None:
    sheet = LABEL_SHEETS[key]
    short = PostalAddress(("Jo Doe", "1 Main St"), "US")  # fits every sheet, the smallest too
    pdf = render_labels(short, "US", key, count=sheet.per_sheet, outline=True, verified=True)
    assert page_sizes(pdf) == [pytest.approx((sheet.paper[0] * MM, sheet.paper[1] * MM), abs=0.01)]
    drawn = rectangles(pdf)
    assert len(drawn) == sheet.per_sheet
    for position, box in enumerate(drawn, start=1):
        assert box == pytest.approx(expected_box(sheet, position), abs=TOLERANCE_PT)


@pytest.mark.parametrize("key", sorted(LABEL_SHEETS))
def test_addresses_stay_inside_their_labels(key: str) -> None:
    sheet = LABEL_SHEETS[key]
    long = PostalAddress(
        (
            "Maria Consuelo Porras Argueta de Porres",
            "Attorney General of the Republic of Guatemala",
            "Ministerio Público, Fiscalía General de la República",
            "15 avenida 15-16, zona 1",
            "Barrio Gerona, Edificio Central, Tercer Nivel",
            "Ciudad de Guatemala 01001",
        ),
        "GT",
    )
    try:
        pdf = render_labels(long, "US", key, count=1, start=sheet.per_sheet, verified=True)
    except LabelError as refused:  # too long for this sheet at 8 pt: said so, with sheets it fits
        assert key in str(refused) and "fits on" in str(refused)
        return
    printed = pieces(pdf)
    assert " ".join(piece.text for piece in printed).split()[-1] == "GUATEMALA"
    left, bottom, width, height = expected_box(sheet, sheet.per_sheet)
    for piece in printed:
        assert piece.size >= 8
        assert left <= piece.x and piece.x + text_width(piece.text, SANS, piece.size) <= left + width
        assert bottom <= piece.y - 0.25 * piece.size and piece.y + 0.75 * piece.size <= bottom + height


def test_labels_start_at_label_k_of_a_used_sheet() -> None:
    sheet = LABEL_SHEETS["avery-5160"]
    pdf = render_labels(CHINA, "US", "avery-5160", count=3, start=5, outline=True, verified=True)
    assert rectangles(pdf) == [pytest.approx(expected_box(sheet, position), abs=0.01) for position in (5, 6, 7)]
    names = [piece for piece in pieces(pdf) if piece.text == "XI JINPING"]
    assert len(names) == 3
    assert names[0].x == pytest.approx(expected_box(sheet, 5)[0] + sheet.padding_x * MM, abs=0.01)


def test_more_labels_than_fit_continue_on_a_new_sheet_from_label_one() -> None:
    sheet = LABEL_SHEETS["avery-l7163"]
    pdf = render_labels(CHINA, "US", "avery-l7163", count=5, start=12, outline=True, verified=True)
    assert len(page_sizes(pdf)) == 2
    assert rectangles(pdf, 0) == [pytest.approx(expected_box(sheet, p), abs=0.01) for p in (12, 13, 14)]
    assert rectangles(pdf, 1) == [pytest.approx(expected_box(sheet, p), abs=0.01) for p in (1, 2)]


def test_the_printer_offset_moves_everything() -> None:
    sheet = LABEL_SHEETS["avery-l7160"]
    pdf = render_labels(CHINA, "US", "avery-l7160", count=2, outline=True, offset_mm=(1.5, -2.0), verified=True)
    assert rectangles(pdf) == [pytest.approx(expected_box(sheet, p, (1.5, -2.0)), abs=0.01) for p in (1, 2)]
    plain = pieces(render_labels(CHINA, "US", "avery-l7160", count=2, verified=True))
    moved = pieces(pdf)
    assert [piece.text for piece in plain].count("XI JINPING") == 2  # two addresses drawn, to measure
    assert [piece.text for piece in moved] == [piece.text for piece in plain]
    assert [(b.x - a.x, b.y - a.y) for a, b in zip(plain, moved, strict=True)] == [
        pytest.approx((1.5 * MM, 2.0 * MM), abs=0.01)
    ] * len(plain)


def test_no_outlines_unless_asked() -> None:
    assert rectangles(render_labels(CHINA, "US", count=4, verified=True)) == []


def test_labels_carry_the_envelope_address() -> None:
    printed = [piece.text for piece in pieces(render_labels(CHINA, "US", count=1, verified=True))]
    # The long title wraps at a space rather than shrinking below 8 pt.
    assert " ".join(printed).split() == [
        "XI",
        "JINPING",
        "PRESIDENT",
        "OF",
        "THE",
        "PEOPLE'S",
        "REPUBLIC",
        "OF",
        "CHINA",
        "XICHENGQU",
        "BEIJING",
        "SHI",
        "100017",
        "CHINA",
    ]
    assert printed[0] == "XI JINPING" and printed[-1] == "CHINA"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sheet": "avery-9999"}, "unknown label sheet"),
        ({"count": 0}, "between 1 and 10000"),
        ({"count": 10_001}, "between 1 and 10000"),
        ({"start": 0}, "between 1 and 30"),
        ({"start": 31}, "between 1 and 30"),
    ],
)
def test_impossible_requests_are_clear_errors(options: dict[str, object], message: str) -> None:
    with pytest.raises(LabelError, match=message):
        render_labels(CHINA, "US", **options, verified=True)  # type: ignore[arg-type]


def test_an_address_too_long_for_tiny_labels_is_named_with_sheets_it_fits() -> None:
    assert label_warnings(CHINA, "US", "avery-5160") == ()
    warnings = label_warnings(CHINA, "US", "avery-5167")
    assert len(warnings) == 1 and "does not fit on avery-5167" in warnings[0] and "avery-5160" in warnings[0]


@pytest.mark.parametrize("key", REQUIRED)
def test_the_alignment_page_outlines_every_label(key: str) -> None:
    sheet = LABEL_SHEETS[key]
    pdf = render_alignment_page(key, (0.5, 0.5))
    drawn = rectangles(pdf)
    assert drawn == [pytest.approx(expected_box(sheet, p, (0.5, 0.5)), abs=0.01) for p in range(1, sheet.per_sheet + 1)]
    numbers = [piece.text for piece in pieces(pdf) if piece.text.isdigit()]
    assert numbers == [str(p) for p in range(1, sheet.per_sheet + 1)]


@settings(max_examples=25, deadline=None)
@given(
    lines=st.lists(
        st.text(
            # Only characters the reader does not fold (see `unfolded`), or the widths measured are wrong.
            alphabet=st.characters(codec="latin-1", categories=("L", "N", "P", "Zs")).filter(unfolded),
            min_size=1,
            max_size=80,
        ).filter(str.strip),
        min_size=1,
        max_size=11,
    ),
    key=st.sampled_from(sorted(LABEL_SHEETS)),
    start=st.integers(1, 6),
)
def test_any_address_fits_its_label(lines: list[str], key: str, start: int) -> None:
    sheet = LABEL_SHEETS[key]
    try:
        pdf = render_labels(PostalAddress(tuple(lines), "GT"), "US", key, count=1, start=start, verified=True)
    except LabelError as refused:  # too long for this sheet at 8 pt or larger: said so, nothing printed
        assert key in str(refused)
        return
    assert active_content(pdf) == []
    left, bottom, width, height = expected_box(sheet, start)
    for piece in pieces(pdf):
        assert left <= piece.x and piece.x + text_width(piece.text, SANS, piece.size) <= left + width + 0.01
        assert bottom <= piece.y - 0.25 * piece.size and piece.y + 0.75 * piece.size <= bottom + height + 0.01
