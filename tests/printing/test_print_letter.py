"""Letters: page size, what is printed, page count, identical bytes, plain text stays plain."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.printing.pdf_reading import active_content, embedded_fonts, page_sizes, pieces, text, used_fonts
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing.letter import UnknownPaper, letter_date, render_letter


@pytest.mark.parametrize(("paper", "size"), [("letter", (612.0, 792.0)), ("a4", (595.28, 841.89))])
def test_the_page_is_the_paper_asked_for(letter: Letter, paper: str, size: tuple[float, float]) -> None:
    width, height = page_sizes(render_letter(letter, paper).pdf)[0]
    assert (width, height) == pytest.approx(size, abs=0.01)


def test_every_part_of_the_letter_is_printed_in_block_order(letter: Letter) -> None:
    rendered = render_letter(letter.with_changes(greeting="Stay strong."))
    lines = [piece.text for piece in pieces(rendered.pdf)]
    expected = [
        "Jo Doe",
        "12 Elm Street",
        "Springfield, IL 62701",
        "December 10, 2021",
        "Xi Jinping",
        "President of the People's Republic of China",
        "Xichengqu",
        "Beijing Shi 100017",
        "China",
        "Dear President Xi,",
        "I am writing about Zhang Zhan.",
        "Please release her immediately and unconditionally.",
        "Stay strong.",
        "Yours sincerely,",
        "Jo Doe",
        "Springfield, IL",
    ]
    assert lines == expected
    # Block format: every line starts at the left margin.
    assert {round(piece.x, 1) for piece in pieces(rendered.pdf)} == {72.0}
    assert rendered.page_count == 1


def test_domestic_letters_have_no_country_line(domestic_letter: Letter) -> None:
    printed = [piece.text for piece in pieces(render_letter(domestic_letter).pdf)]
    assert "Washington, DC 20520" in printed
    assert "United States" not in printed


def test_dates_follow_the_senders_country() -> None:
    import datetime as dt

    assert letter_date(dt.date(2021, 12, 10), "US") == "December 10, 2021"
    assert letter_date(dt.date(2021, 12, 10), "GB") == "10 December 2021"


def test_a_long_letter_reports_its_pages(letter: Letter) -> None:
    long_body = "\n\n".join(["This paragraph is here to make the letter run long. " * 6] * 14)
    rendered = render_letter(letter.with_changes(body=long_body))
    assert rendered.page_count == len(page_sizes(rendered.pdf)) >= 2


def test_the_same_letter_gives_the_same_bytes(letter: Letter) -> None:
    first = render_letter(letter).pdf
    assert render_letter(letter).pdf == first
    assert render_letter(letter.with_changes(body="Another text.")).pdf != first


def test_fonts_are_embedded_subsets(letter: Letter) -> None:
    pdf = render_letter(letter.with_changes(greeting="كن قويًا. Тримайтеся! 你并不孤单。")).pdf
    used = used_fonts(pdf)
    embedded = embedded_fonts(pdf)
    assert used and all(embedded[name] for name in used)
    # A subset's name carries a six-letter tag: "AAAAAA+NotoSerif-Regular".
    assert all(name[1:7].isalpha() and name[7] == "+" for name in used)
    assert {name.split("+")[1] for name in used} == {
        "NotoSerif-Regular",
        "NotoNaskhArabic-Regular",
        "NotoSansCJKsc-Regular",
    }


def test_markup_in_letter_text_prints_literally(letter: Letter) -> None:
    hostile = (
        'AT&T <b>bold</b> <img src="photo.png"/> <link href="https://example.com">here</link> '
        '&amp; <font name="Courier">x</font> a@b.com <a@b.com>'
    )
    pdf = render_letter(letter.with_changes(body=hostile, salutation="Dear <i>Sir</i> & Madam")).pdf
    printed = " ".join(text(pdf).split())
    assert " ".join(hostile.split()) in printed
    assert "Dear <i>Sir</i> & Madam," in printed
    assert active_content(pdf) == []
    assert all(name.split("+")[-1].startswith("Noto") for name in used_fonts(pdf))


MARKUP = st.sampled_from(
    [
        '<img src="x.png"/>',
        "<a href='http://evil.example'>",
        "</a>",
        "<link href='x'>",
        "<b>",
        "</para>",
        "<br/>",
        "&amp;",
        "&#65;",
        "&nbsp;",
        "<font name='Courier' size=40>",
        "<onDraw name='x'/>",
        "<img src='/etc/passwd' width=9 height=9/>",
        "]]>",
        "<![CDATA[",
        "<span backColor='red'>",
        "<u>",
        "\u202e",
        "\x00",
        "\r\n",
        "&",
        "<",
        ">",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces_of_text=st.lists(st.one_of(MARKUP, st.text(max_size=30)), max_size=12))
def test_hostile_text_never_adds_images_links_or_fonts(letter: Letter, pieces_of_text: list[str]) -> None:
    hostile = "".join(pieces_of_text)
    changed = letter.with_changes(body=hostile, greeting=hostile[:40], sender_name=hostile[:30])
    pdf = render_letter(changed, allow_missing_characters=True).pdf
    assert active_content(pdf) == []
    assert all(name.split("+")[-1].startswith("Noto") for name in used_fonts(pdf))


def test_unknown_paper_is_a_clear_error(letter: Letter) -> None:
    with pytest.raises(UnknownPaper, match="unknown paper size 'legal'"):
        render_letter(letter, "legal")


def test_an_unverified_address_is_reported(letter: Letter) -> None:
    assert render_letter(letter).warnings == ()
    assert "not verified" in render_letter(letter.with_changes(verified=False), allow_unverified=True).warnings[0]


def test_later_pages_are_headed_with_recipient_date_and_page(letter: Letter) -> None:
    long_body = "\n\n".join(["This paragraph is here to make the letter run long. " * 6] * 14)
    pdf = render_letter(letter.with_changes(body=long_body)).pdf
    first, second = pieces(pdf, 0), pieces(pdf, 1)
    assert not any("page" in piece.text for piece in first)
    heading = [piece for piece in second if "page" in piece.text]
    assert [piece.text for piece in heading] == ["Xi Jinping, December 10, 2021 \u2013 page 2"]
    assert heading[0].size == 8 and heading[0].y > max(piece.y for piece in second if piece is not heading[0])


@pytest.mark.parametrize(
    ("body", "home", "written"),
    [
        (
            "Le escribo para pedirle que ponga en libertad a Zhang Zhan y que se ocupe de su salud.",
            "US",
            "10 de diciembre de 2021",
        ),
        ("Je vous écris pour vous demander de libérer Zhang Zhan et de veiller à sa santé.", "CA", "10 décembre 2021"),
        (
            "Ich schreibe Ihnen, um die Freilassung von Zhang Zhan zu fordern, die nicht gesund ist.",
            "DE",
            "10. Dezember 2021",
        ),
        ("I am writing to ask you to release Zhang Zhan and to look after her health.", "GB", "10 December 2021"),
        ("我写信请求您立即无条件释放张展。", "US", "2021年12月10日"),
    ],
)
def test_the_date_is_in_the_letters_own_language(letter: Letter, body: str, home: str, written: str) -> None:
    """Not hand-made English month names: the language the letter is written in, from CLDR."""
    changed = letter.with_changes(body=body, salutation="", closing="", home_country=home)
    assert written in text(render_letter(changed, "a4").pdf)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Je vous écris de Montréal en tant que membre d'un groupe.", "fr"),
        ("Estimado fiscal: le pido que retire los cargos contra Bernardo de inmediato.", "es"),
        ("Sehr geehrte Frau Ministerin, bitte lassen Sie ihn frei.", "de"),
        ("Caro Presidente, le scrivo per chiedere la liberazione di Zhang Zhan.", "it"),
        ("Senhor Presidente, escrevo para pedir a libertação imediata de Zhang Zhan.", "pt"),
        ("Geachte minister, ik vraag u om Zhang Zhan vrij te laten.", "nl"),
        ("Hola Zhang Zhan, te mando un abrazo desde Tucson. No estás sola.", "es"),
        ("Dear Minister, I urge you to release him. In Mexico, de facto the law is clear.", "en"),
        ("Stay strong, Zhang Zhan. You are not alone.", "en"),
        ("Zhang Zhan", "en"),
    ],
)
def test_a_short_letter_in_a_latin_language_is_told_apart(body: str, language: str) -> None:
    """Words shared by several languages ("de", "en", "la") count for each; the one plainly ahead wins."""
    from w4r_desktop.printing.text_language import language_of

    assert language_of([body]) == language
