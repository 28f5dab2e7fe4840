"""Drafts: saved while typing, offered back only after a recent crash, purged for good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.db.database import DB_FILE, Database
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.letters import draft_letter, guidance_for

CANARY = "Canary-Quokka-7731"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2021, 12, 10, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _letter(bundle_path: Path):  # type: ignore[no-untyped-def]
    bundle = load_bundle(bundle_path)
    case = bundle.case("zhang-zhan")
    return draft_letter(bundle, case, LetterKind.APPEAL, today=dt.date(2021, 12, 10))


def test_round_trip_and_recover(db: Database, small_bundle: Path) -> None:
    clock = Clock()
    store = DraftStore(db, clock)
    letter = _letter(small_bundle).with_changes(body=f"My letter {CANARY}", sender_name="Ana")
    store.save("person-1", letter, "es")
    store.save("person-1", letter.with_changes(body=f"Longer {CANARY}"), "es")
    assert len(store) == 1
    clock.now += dt.timedelta(seconds=100)
    draft = store.recover(max_age_s=210)
    assert draft is not None
    assert draft.letter.body == f"Longer {CANARY}"
    assert draft.letter.sender_name == "Ana"
    assert draft.language == "es"
    assert draft.session_id == "person-1"


def test_old_drafts_are_deleted_not_offered(db: Database, small_bundle: Path) -> None:
    clock = Clock()
    store = DraftStore(db, clock)
    store.save("person-1", _letter(small_bundle).with_changes(body=CANARY), "en")
    clock.now += dt.timedelta(seconds=211)
    assert store.recover(max_age_s=210) is None
    assert len(store) == 0


def test_discard_leaves_no_text_in_the_database_files(db: Database, small_bundle: Path, data_dir: Path) -> None:
    store = DraftStore(db, Clock())
    store.save("person-1", _letter(small_bundle).with_changes(body=f"Secret {CANARY}"), "en")
    store.discard("person-1")
    assert len(store) == 0
    for path in data_dir.glob(f"{DB_FILE}*"):
        assert CANARY.encode() not in path.read_bytes(), path.name


def test_unreadable_draft_is_dropped(db: Database) -> None:
    from w4r_desktop.core.db.schema import Draft as DraftRow

    with db.session() as session:
        session.add(DraftRow(id="x", session_id="x", payload="{not json", updated_at="2021-12-10T12:00:00+00:00"))
    assert DraftStore(db, Clock()).recover(max_age_s=210) is None
    assert len(DraftStore(db, Clock())) == 0


def test_guidance_flags_forbidden_words_in_solidarity_only(small_bundle: Path) -> None:
    bundle = load_bundle(small_bundle)
    case = bundle.case("zhang-zhan")
    solidarity = draft_letter(bundle, case, LetterKind.SOLIDARITY)
    assert guidance_for(case, solidarity).forbidden == ()
    flagged = solidarity.with_changes(body="Greetings from the amnesty group of Leeds")
    assert guidance_for(case, flagged).forbidden == ("Amnesty",)
    appeal = draft_letter(bundle, case, LetterKind.APPEAL).with_changes(body="I am an Amnesty member")
    assert guidance_for(case, appeal).forbidden == ()
    assert guidance_for(case, appeal, pages=2).too_long
    assert not guidance_for(case, appeal, pages=1).too_long


def test_the_campaigns_rules_hold_for_every_case(bundle_2021: CaseBundle) -> None:
    """bundle.toml's [solidarity] rules (format 3) join each channel's own, for every case."""
    for case in bundle_2021.cases:
        if case.postal_solidarity is None:
            continue
        target = case.solidarity.index(case.postal_solidarity)
        message = draft_letter(bundle_2021, case, LetterKind.SOLIDARITY, target)
        for body, found, holiday in (
            ("Feliz Navidad desde Tucson.", ("Navidad",), True),
            ("Greetings from the Amnistía group.", ("Amnistía",), False),
            ("Season's greetings from Tucson!", (), False),
        ):
            guidance = guidance_for(case, message.with_changes(body=body))
            assert (guidance.forbidden, guidance.holiday, guidance.blocking) == (found, holiday, bool(found)), case.id
