"""The Challenges screen, driven like a person would: select, type, tick, submit, and see what the core decided."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.demo.catalog import CHALLENGES
from advocate_hub.core.domain.enums import AdvocateStatus, Barrier, ProofType, Role, SubmissionStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.challenges import ChallengeItem, ChallengeState, SortOrder, list_for
from advocate_hub.core.queries.people import people
from advocate_hub.core.queries.pulse import NoticeKind, pulse
from advocate_hub.core.services import submissions
from advocate_hub.core.store.models import Decline, OutboxEntry, Submission
from advocate_hub.core.sync import actions
from advocate_hub.ui.models.challenges_model import countdown_text, deadline_text
from advocate_hub.ui.views.challenge_detail import DeclineDialog
from advocate_hub.ui.views.challenges import ChallengesPage
from advocate_hub.ui.views.proof_forms import QuizForm

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

    from tests.ui.conftest import AppUnderTest

LEFT = Qt.MouseButton.LeftButton


def find_advocate(hub: AppUnderTest, title: str, state: ChallengeState, tier: str | None = None) -> tuple[str, int]:
    """An active advocate for whom the challenge called ``title`` is in ``state``, and the challenge's id."""
    now = hub.program.clock()
    for person in hub.program.read(people):
        if person.role is not Role.ADVOCATE or person.status is not AdvocateStatus.ACTIVE:
            continue
        if tier is not None and person.tier.value != tier:
            continue
        for item in hub.program.read(list_for, advocate_id=person.id, now=now):
            if item.title == title and item.state is state:
                return person.email, item.id
    raise LookupError(title)


def open_screen(hub: AppUnderTest, email: str) -> ChallengesPage:
    hub.sign_in(email)
    hub.window.show_screen("challenges")
    hub.settle()
    page = hub.window.screens["challenges"].page
    assert isinstance(page, ChallengesPage)
    assert page.loaded
    return page


def click_row(hub: AppUnderTest, page: ChallengesPage, challenge_id: int) -> None:
    page.list.scrollTo(page.model.index(page.model.row_of(challenge_id)))
    hub.qtbot.mouseClick(page.list.viewport(), LEFT, pos=page.visible_rect_of(challenge_id).center())
    assert page.detail.item is not None
    assert page.detail.item.id == challenge_id


def row(page: ChallengesPage, challenge_id: int) -> ChallengeItem:
    return page.model.item(page.model.row_of(challenge_id))


def count(hub: AppUnderTest, model: type[Any], **where: Any) -> int:
    def query(session: Session) -> int:
        statement = select(func.count()).select_from(model)
        for column, value in where.items():
            statement = statement.where(getattr(model, column) == value)
        return session.scalar(statement) or 0

    return hub.program.read(query)


def submit(hub: AppUnderTest, page: ChallengesPage) -> None:
    hub.qtbot.mouseClick(page.detail.submit, LEFT)
    hub.settle()


def tick_disclosure(hub: AppUnderTest, page: ChallengesPage) -> None:
    hub.qtbot.mouseClick(page.detail.disclosure.box, LEFT)
    assert page.detail.disclosure.isChecked()


def quiz_answers() -> list[int]:
    spec = next(s for s in CHALLENGES if s.key == "trivia")
    return [question["answer"] for question in spec.config["questions"]]


def test_completing_a_link_challenge_makes_it_pending_and_approval_brings_points(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Review us on G2", ChallengeState.OPEN, tier="community")
    advocate_id = hub.sign_in(email)
    home = hub.window.screens["home"].page
    tier_progress_before = home.tier_progress.value()
    page = open_screen(hub, email)
    outbox_before = count(hub, OutboxEntry, kind="submission.create")

    click_row(hub, page, challenge_id)
    hub.qtbot.keyClicks(page.detail.form.fields["link"], "https://www.g2.com/products/northwind/reviews/123")
    tick_disclosure(hub, page)
    submit(hub, page)

    assert row(page, challenge_id).state is ChallengeState.PENDING
    assert page.detail.state_chip.text() == "Pending"
    assert "Sent" in page.detail.outcome.message()
    assert not page.detail.proof_section.isVisible()
    assert count(hub, OutboxEntry, kind="submission.create") == outbox_before + 1
    submission_id = row(page, challenge_id).last_submission_id
    assert submission_id is not None

    heard: list[NoticeKind] = []
    hub.controller.notice.connect(lambda notice: heard.append(notice.kind))
    hub.program.run(submissions.approve, actor_id=hub.moderator_id(), submission_id=submission_id, thank_you="Thanks!")
    hub.controller.refresh()
    hub.settle()
    assert NoticeKind.APPROVED in heard
    assert NoticeKind.POINTS in heard
    assert row(page, challenge_id).state is ChallengeState.COMPLETED
    assert "Thanks!" in page.detail.status.message()
    hub.window.show_screen("home")
    hub.settle()
    assert home.tier_progress.value() != tier_progress_before
    assert home.data.balance == hub.program.read(pulse, advocate_id=advocate_id).balance


def test_a_quiz_with_the_right_answers_is_approved_at_once(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Product trivia", ChallengeState.OPEN)
    advocate_id = hub.sign_in(email)
    page = open_screen(hub, email)
    balance_before = hub.program.read(pulse, advocate_id=advocate_id).balance
    click_row(hub, page, challenge_id)
    form = page.detail.form
    assert isinstance(form, QuizForm)
    for question, answer in enumerate(quiz_answers()):
        hub.qtbot.mouseClick(form.choose(question, answer), LEFT)
    submit(hub, page)

    assert "Approved" in page.detail.outcome.message()
    assert "+25 points" in page.detail.outcome.message()
    assert hub.program.read(pulse, advocate_id=advocate_id).balance == balance_before + 25
    statuses = hub.program.read(
        lambda s: list(s.scalars(select(Submission.status).where(Submission.challenge_id == challenge_id)))
    )
    assert SubmissionStatus.APPROVED in statuses
    assert row(page, challenge_id).state in {ChallengeState.OPEN, ChallengeState.COMPLETED}
    assert all(button.isChecked() is False for group in page.detail.form.groups for button in group.buttons())


def test_a_quiz_with_wrong_answers_says_how_many_were_right_and_gives_nothing(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Product trivia", ChallengeState.OPEN)
    advocate_id = hub.sign_in(email)
    page = open_screen(hub, email)
    balance_before = hub.program.read(pulse, advocate_id=advocate_id).balance
    click_row(hub, page, challenge_id)
    form = page.detail.form
    assert isinstance(form, QuizForm)
    right = quiz_answers()
    wrong = [right[0], (right[1] + 1) % 3, (right[2] + 1) % 2]
    for question, answer in enumerate(wrong):
        hub.qtbot.mouseClick(form.choose(question, answer), LEFT)
    submit(hub, page)

    assert "1 of 3 right: try again" in page.detail.outcome.message()
    assert hub.program.read(pulse, advocate_id=advocate_id).balance == balance_before
    assert row(page, challenge_id).state is ChallengeState.OPEN
    assert page.detail.form.proof() == {"answers": wrong}


def test_declining_records_the_reason(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    email, challenge_id = find_advocate(hub, "Share the spring launch post", ChallengeState.OPEN)
    advocate_id = hub.sign_in(email)
    page = open_screen(hub, email)
    asked: list[str] = []

    def ask(cls: type[DeclineDialog], parent: QWidget | None, title: str) -> str:
        asked.append(title)
        return "Too busy this month."

    monkeypatch.setattr(DeclineDialog, "ask", classmethod(ask))
    click_row(hub, page, challenge_id)
    hub.qtbot.mouseClick(page.detail.decline, LEFT)
    hub.settle()

    assert asked == ["Share the spring launch post"]
    reasons = hub.program.read(
        lambda s: list(
            s.scalars(
                select(Decline.reason).where(Decline.advocate_id == advocate_id, Decline.challenge_id == challenge_id)
            )
        )
    )
    assert reasons == ["Too busy this month."]
    assert row(page, challenge_id).state is ChallengeState.DECLINED
    assert "Declined" in page.detail.outcome.message()
    assert count(hub, OutboxEntry, kind="decline.create") >= 1


def test_cancelling_the_decline_dialog_changes_nothing(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    email, challenge_id = find_advocate(hub, "Share the spring launch post", ChallengeState.OPEN)
    page = open_screen(hub, email)
    declines_before = count(hub, Decline)
    monkeypatch.setattr(DeclineDialog, "ask", classmethod(lambda cls, parent, title: None))
    click_row(hub, page, challenge_id)
    hub.qtbot.mouseClick(page.detail.decline, LEFT)
    hub.settle()
    assert count(hub, Decline) == declines_before
    assert row(page, challenge_id).state is ChallengeState.OPEN


BAD_INPUT = [
    pytest.param("Review us on G2", None, "link", id="link-not-a-url"),
    pytest.param("Write a short testimonial", None, "text", id="empty-testimonial"),
    pytest.param("Product trivia", None, "answers", id="quiz-answer-missing"),
    pytest.param("Refer a colleague", "silver", "consent", id="referral-without-consent"),
    pytest.param("Review us on G2", None, "disclosure", id="no-disclosure"),
]


def _type_bad_input(hub: AppUnderTest, page: ChallengesPage, field: str) -> dict[str, Any]:
    """Fill the form so that exactly ``field`` is wrong; return what the form should still hold afterwards."""
    form = page.detail.form
    assert form is not None
    qtbot = hub.qtbot
    if field in {"link", "disclosure"}:
        qtbot.keyClicks(form.fields["link"], "not a url" if field == "link" else "https://g2.com/reviews/1")
        if field == "link":
            tick_disclosure(hub, page)
    elif field == "text":
        tick_disclosure(hub, page)
    elif field == "answers":
        assert isinstance(form, QuizForm)
        answers = quiz_answers()
        qtbot.mouseClick(form.choose(0, answers[0]), LEFT)
        qtbot.mouseClick(form.choose(1, answers[1]), LEFT)
    elif field == "consent":
        qtbot.keyClicks(form.fields["name"], "Ada Lovelace")
        qtbot.keyClicks(form.fields["email"], "ada@analytical.example")
        qtbot.keyClicks(form.fields["company"], "Analytical Engines")
    return form.proof()


@pytest.mark.parametrize(("title", "tier", "field"), BAD_INPUT)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    hub: AppUnderTest, title: str, tier: str | None, field: str
) -> None:
    email, challenge_id = find_advocate(hub, title, ChallengeState.OPEN, tier=tier)
    advocate_id = hub.sign_in(email)
    page = open_screen(hub, email)
    click_row(hub, page, challenge_id)
    typed = _type_bad_input(hub, page, field)
    disclosure_ticked = page.detail.disclosure.isChecked()
    submissions_before = count(hub, Submission, advocate_id=advocate_id)
    outbox_before = count(hub, OutboxEntry)

    submit(hub, page)

    detail = page.detail
    assert detail.form is not None
    if field == "disclosure":
        assert detail.disclosure_error.isVisible()
        assert "disclose" in detail.disclosure_error.text()
        assert detail.disclosure.box.property("invalid") is True
    else:
        error = detail.form.errors[field]
        assert error.isVisible()
        assert error.property("role") == "error"
        assert error.text()
        assert detail.form.fields[field].property("invalid") is True
        assert not detail.general_error.isVisible()
    assert detail.form.proof() == typed
    assert detail.disclosure.isChecked() == disclosure_ticked
    assert detail.submit.isEnabled()
    assert row(page, challenge_id).state is ChallengeState.OPEN
    assert count(hub, Submission, advocate_id=advocate_id) == submissions_before
    assert count(hub, OutboxEntry) == outbox_before


def test_fixing_the_field_takes_its_error_away_and_the_second_try_goes_through(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Review us on G2", ChallengeState.OPEN)
    page = open_screen(hub, email)
    click_row(hub, page, challenge_id)
    link = page.detail.form.fields["link"]
    assert isinstance(link, QLineEdit)
    hub.qtbot.keyClicks(link, "www.g2.com/reviews/1")
    tick_disclosure(hub, page)
    submit(hub, page)
    assert page.detail.form.error_text("link").startswith("That is not a web address")
    link.clear()
    hub.qtbot.keyClicks(link, "https://www.g2.com/reviews/1")
    assert page.detail.form.error_text("link") == ""
    assert link.property("invalid") is False
    submit(hub, page)
    assert row(page, challenge_id).state is ChallengeState.PENDING


def test_a_recommended_challenge_on_home_opens_its_detail(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    home = hub.window.screens["home"].page
    assert home.data is not None
    assert home.data.recommended
    wanted = home.data.recommended[0]
    page = hub.window.screens["challenges"].page
    page.state_filter.setCurrentIndex(page.state_filter.findData(ChallengeState.LOCKED))
    hub.settle()
    link = home.findChild(QAbstractButton, f"Recommended{wanted.id}")
    hub.qtbot.mouseClick(link, LEFT)
    hub.settle()
    assert hub.window.current_key() == "challenges"
    assert page.detail.item is not None
    assert page.detail.item.id == wanted.id
    assert page.detail.title.text() == wanted.title
    assert page.list.currentIndex().row() == page.model.row_of(wanted.id)
    assert page.state_filter.currentIndex() == 0, "the filter that hid it was cleared"


def test_a_tier_locked_challenge_says_why(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Be our next case study", ChallengeState.LOCKED, tier="community")
    page = open_screen(hub, email)
    click_row(hub, page, challenge_id)
    assert page.detail.status.isVisible()
    assert page.detail.status.title.text() == "Unlocks at Gold tier."
    assert page.detail.state_chip.text() == "Locked"
    assert not page.detail.proof_section.isVisible()
    assert page.detail.form is None


def test_changes_requested_shows_the_note_and_sends_again(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Review us on G2", ChallengeState.OPEN)
    person = next(p for p in hub.program.read(people) if p.email == email)
    outcome = hub.program.run(
        actions.complete,
        advocate_id=person.id,
        challenge_id=challenge_id,
        proof={"link": "https://www.g2.com/users/me"},
        disclosure_acknowledged=True,
    )
    note = "Please link to the review itself, not your profile."
    hub.program.run(
        submissions.request_changes, actor_id=hub.moderator_id(), submission_id=outcome.submission.id, note=note
    )
    page = open_screen(hub, email)
    page.open_challenge(challenge_id)
    detail = page.detail
    assert detail.item is not None
    assert detail.item.state is ChallengeState.CHANGES_REQUESTED
    assert note in detail.status.message()
    assert detail.submit.text() == "Send again"
    assert not detail.decline.isVisible()
    hub.qtbot.keyClicks(detail.form.fields["link"], "https://www.g2.com/reviews/42")
    tick_disclosure(hub, page)
    submit(hub, page)
    assert row(page, challenge_id).state is ChallengeState.PENDING
    assert count(hub, OutboxEntry, kind="submission.resubmit") == 1
    proof = hub.program.read(lambda s: s.get(Submission, outcome.submission.id).proof)
    assert proof == {"link": "https://www.g2.com/reviews/42"}


def test_search_filters_and_sort_change_the_rows(hub: AppUnderTest, qtmodeltester: ModelTester) -> None:
    page = open_screen(hub, hub.email_of_tier("silver"))
    model = page.model
    everything = model.rowCount()
    assert everything > 10
    qtmodeltester.check(model)

    hub.qtbot.keyClicks(page.search, "review")
    hub.qtbot.waitUntil(lambda: model.rowCount() < everything)
    hub.settle()
    assert model.rowCount() >= 2
    assert all("review" in f"{i.title} {i.description}".casefold() for i in model.items())
    assert page.count.text() == f"{model.rowCount()} challenges"

    page.search.clear()
    hub.qtbot.waitUntil(lambda: model.rowCount() == everything)

    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ChallengeKind.QUIZ))
    hub.settle()
    assert {i.kind for i in model.items()} == {ChallengeKind.QUIZ}
    page.kind_filter.setCurrentIndex(0)
    page.state_filter.setCurrentIndex(page.state_filter.findData(ChallengeState.OPEN))
    hub.settle()
    assert model.rowCount() > 0
    assert {i.state for i in model.items()} == {ChallengeState.OPEN}
    page.state_filter.setCurrentIndex(0)
    hub.settle()

    page.sort.setCurrentIndex(page.sort.findData(SortOrder.POINTS))
    hub.settle()
    points = [i.points for i in model.items()]
    assert points == sorted(points, reverse=True)
    page.sort.setCurrentIndex(page.sort.findData(SortOrder.NEWEST))
    hub.settle()
    starts = [i.starts_at for i in model.items()]
    assert starts == sorted(starts, reverse=True)
    page.sort.setCurrentIndex(page.sort.findData(SortOrder.EXPIRY))
    hub.settle()
    live = [i for i in model.items() if i.state is not ChallengeState.EXPIRED]
    assert model.items()[: len(live)] == live, "closed challenges come after the live ones"
    qtmodeltester.check(model)

    hub.qtbot.keyClicks(page.search, "no such challenge anywhere")
    hub.qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty)
    assert page.empty.title.text() == "No challenges match your filters"
    hub.qtbot.mouseClick(page.clear_filters_button, LEFT)
    hub.settle()
    assert page.search.text() == ""
    assert model.rowCount() == everything
    assert page.list_stack.currentWidget() is page.list


def test_an_empty_program_says_so(hub: AppUnderTest) -> None:
    page = open_screen(hub, hub.email_of_tier("silver"))
    page.show_items([])
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No challenges yet"
    assert not page.clear_filters_button.isVisibleTo(page)


def test_keyboard_search_shortcut_and_enter_opens_the_detail(hub: AppUnderTest) -> None:
    email, challenge_id = find_advocate(hub, "Review us on G2", ChallengeState.OPEN)
    page = open_screen(hub, email)
    hub.window.activateWindow()
    page.list.setFocus()
    hub.qtbot.keyClick(page.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    hub.qtbot.waitUntil(page.search.hasFocus)
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(page.model.row_of(challenge_id)))
    hub.qtbot.keyClick(page.list, Qt.Key.Key_Return)
    hub.qtbot.waitUntil(page.detail.form.fields["link"].hasFocus)
    assert page.detail.item is not None
    assert page.detail.item.id == challenge_id


def test_every_interactive_widget_has_a_name(hub: AppUnderTest) -> None:
    page = open_screen(hub, hub.email_of_tier("gold"))
    interactive = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)
    for title in ("Quarterly pulse survey", "Refer a colleague", "Product trivia", "Check in at our booth"):
        page.open_challenge(next(i.id for i in page.model.items() if i.title == title))
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, interactive):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_deadline_words() -> None:
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    item = ChallengeItem(
        id=1,
        title="T",
        description="",
        kind=ChallengeKind.REVIEW,
        kind_label="Review",
        barrier=Barrier.LOW,
        points=10,
        starts_at=now - timedelta(days=10),
        expires_at=now + timedelta(days=2, hours=4, minutes=5),
        state=ChallengeState.OPEN,
        reason="",
        min_tier=Tier.COMMUNITY,
        proof_type=ProofType.LINK,
        disclosure_required=True,
        config={},
        completions=0,
        max_per_advocate=1,
        last_submission_id=None,
        last_note="",
    )
    assert countdown_text(item, now) == "Closes in 2 days 4 h"
    assert deadline_text(item, now) == "ends in 2 days"
    soon = replace(item, expires_at=now + timedelta(hours=3, minutes=20))
    assert countdown_text(soon, now) == "Closes in 3 h 20 min"
    assert deadline_text(soon, now) == "ends in 3 h"
    assert countdown_text(replace(item, expires_at=now + timedelta(days=1)), now) == "Closes in 1 day"
    assert countdown_text(replace(item, expires_at=None), now) == "No end date"
    assert deadline_text(replace(item, expires_at=None), now) == ""
    ended = replace(item, expires_at=datetime(2026, 4, 3, tzinfo=UTC), state=ChallengeState.EXPIRED)
    assert deadline_text(ended, now) == "ended Apr 3", "the month and day as the locale writes them (US English here)"
    upcoming = replace(item, starts_at=now + timedelta(days=6, hours=1), state=ChallengeState.UPCOMING)
    assert deadline_text(upcoming, now) == "opens in 6 days"
