"""Which language a letter is written in, as far as its script tells: the PDF's /Lang, so that a
screen reader reads it in the right voice and a search finds its words.

Only what the letters show is used, never a guess about the writer: the script most of the
letters are in, and for the scripts several languages share, the letters only one of them has
(Urdu ٹ ڈ ڑ ں ے, then Persian پ چ ژ گ ی ک, Ukrainian ї є ґ, Belarusian ў, Vietnamese ơ ư đ ạ,
Japanese kana). Latin text is told apart by its commonest short words (Spanish, French, German,
Portuguese, Italian, Dutch); where none of them is plainly ahead it is taken as English, the
language the campaign's appeals are written in.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

# The first word of a letter's Unicode name -> the language written in that script alone.
_BY_SCRIPT = {
    "LATIN": "en",
    "GREEK": "el",
    "CYRILLIC": "ru",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "HEBREW": "he",
    "ARABIC": "ar",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "GURMUKHI": "pa",
    "GUJARATI": "gu",
    "ORIYA": "or",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "SINHALA": "si",
    "THAI": "th",
    "LAO": "lo",
    "KHMER": "km",
    "MYANMAR": "my",
    "ETHIOPIC": "am",
    "HANGUL": "ko",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
}
_TELLING = {
    "fa": set("پچژگیک"),  # with Farsi yeh and keheh, once Urdu's own letters are ruled out
    "ur": set("ٹڈڑںے"),
    "uk": set("іїєґІЇЄҐ"),
    "be": set("ўЎ"),
}
_TELLING["vi"] = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(point) for point in range(0x1EA0, 0x1EFA)}
_SHARED_BY = {"ar": ("ur", "fa"), "ru": ("uk", "be"), "en": ("vi",)}


# The commonest short words of each language written in Latin letters. Some are shared ("de" is
# Spanish, French, Portuguese and Dutch): each counts for every language that has it, and only a
# language plainly ahead of the others, and of English, is taken.
_LATIN_WORDS = {
    "es": {"el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "para", "con", "una", "su", "es", "se",
           "le", "lo", "muy", "sus", "usted", "pido", "estimado", "estimada", "desde", "no", "te", "un"},
    "fr": {"le", "la", "les", "de", "des", "du", "et", "est", "en", "pour", "que", "qui", "dans", "une", "sur",
           "vous", "je", "pas", "tu", "ne", "un", "au", "madame", "monsieur"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "den", "dem", "ein", "eine", "sie", "ich",
           "zu", "ihn", "ihr", "bitte", "sehr", "geehrte", "geehrter", "frau", "herr"},
    "pt": {"os", "as", "o", "a", "de", "do", "da", "dos", "das", "e", "que", "para", "com", "uma", "não", "em",
           "ao", "você", "senhor", "senhora", "escrevo"},
    "it": {"il", "gli", "la", "della", "di", "che", "e", "per", "con", "non", "una", "sono", "è", "lei", "suo",
           "questo", "le", "scrivo", "caro", "cara"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "is", "op", "voor", "met", "zijn", "u", "ik", "wij",
           "geachte", "om", "te"},
}  # fmt: skip
_ENGLISH_WORDS = {"the", "and", "of", "to", "is", "you", "that", "for", "with", "your", "are", "not", "i", "we",
                  "her", "his", "him", "dear", "in", "a", "on", "please", "my"}  # fmt: skip


def texts_words(texts: Iterable[str]) -> list[str]:
    return [word.strip(".,;:!?¡¿\"'()«»„“”").lower() for text in texts for word in text.split()]


def _latin_language(words: list[str]) -> str:
    """The language of Latin-letter `words`: the one whose common words are plainly the most
    frequent (ahead of every other, and of English), else English."""
    counts = sorted(
        ((sum(word in common for word in words), code) for code, common in _LATIN_WORDS.items()), reverse=True
    )
    (best, code), (second, _other) = counts[0], counts[1]
    english = sum(word in _ENGLISH_WORDS for word in words)
    return code if best >= 2 and best > second and best > english else "en"


def script_of_letter(char: str) -> str:
    """The script word of a letter's Unicode name ("LATIN", "CJK", "HANGUL"), or ""."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def language_of(texts: Iterable[str]) -> str:
    """The BCP 47 code of the language `texts` are written in ("en" when nothing says otherwise)."""
    texts = list(texts)
    letters = [char for text in texts for char in text if char.isalpha()]
    scripts = Counter(script_of_letter(char) for char in letters)
    known = [(count, script) for script, count in scripts.items() if script in _BY_SCRIPT]
    if not known:
        return "en"
    script = max(known)[1]
    if script == "CJK" and (scripts["HIRAGANA"] or scripts["KATAKANA"]):
        return "ja"
    language = _BY_SCRIPT[script]
    if language == "en":
        language = _latin_language(texts_words(texts))
    present = set(letters)
    for variant in _SHARED_BY.get(language, ()):
        if present & _TELLING[variant]:
            return variant
    return language
