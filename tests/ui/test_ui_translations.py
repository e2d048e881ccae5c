"""The translation catalogs: complete for every advocate and kiosk screen, and in step with the code.

The completeness test fails until the translators have finished a language; the freshness test fails when a
tr() string was added or changed without ``make translations``.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from advocate_hub.ui import catalogs
from advocate_hub.ui.resources import resource

TRANSLATIONS = resource("translations")
MODERATOR_ONLY = frozenset(
    {
        "workspace.py",
        "pdf_summary.py",
        *(
            f"views/{name}.py"
            for name in (
                "moderation",
                "challenge_editor",
                "challenge_form",
                "calendar",
                "advocates",
                "advocate_history",
                "fulfilment",
                "referral_board",
                "referral_cards",
                "audit_log",
                "metrics",
                "metric_charts",
                "metric_tables",
                "desk_tables",
                "templates_dialog",
                "import_dialog",
                "reward_form",
            )
        ),
        *(
            f"models/{name}.py"
            for name in ("audit_model", "calendar_model", "fulfilment_model", "moderation_model", "roster_model")
        ),
    }
)
"""Files under advocate_hub/ui that only moderators and program staff see (English is enough for them)."""
PLACEHOLDER = re.compile(r"%L?[0-9n]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    files: frozenset[str]
    """Paths relative to advocate_hub/ui, such as "views/home.py"."""
    translations: tuple[str, ...]
    finished: bool
    numerus: bool
    comment: str = ""
    """The disambiguation (the third argument of tr and translate)."""


def read_catalog(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            files = frozenset(
                location.get("filename", "").split("advocate_hub/ui/", 1)[-1] for location in message.iter("location")
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    files,
                    tuple(forms),
                    translation.get("type") is None and all(form.strip() for form in forms),
                    message.get("numerus") == "yes",
                    message.findtext("comment") or "",
                )
            )
    return messages


def advocate_facing(message: Message) -> bool:
    return any(file not in MODERATOR_ONLY for file in message.files)


def placeholders(text: str, *, numerus: bool = False) -> list[str]:
    """The placeholders of a text; a plural form may leave out its count ("one day"), so %n does not count."""
    found = sorted(PLACEHOLDER.findall(text))
    return [p for p in found if p not in {"%n", "%Ln"}] if numerus else found


def test_read_catalog_sees_the_files_of_a_message() -> None:
    messages = read_catalog(catalogs.ts_file(TRANSLATIONS, "ja"))
    home = [m for m in messages if m.context == "HomePage"]
    assert home, "the catalog holds the home screen"
    assert all(m.files == {"views/home.py"} for m in home)
    assert all(advocate_facing(m) for m in home)
    assert not any(advocate_facing(m) for m in messages if m.context == "AuditLogPage")


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_advocate_and_kiosk_string_is_translated(language: str) -> None:
    messages = [m for m in read_catalog(catalogs.ts_file(TRANSLATIONS, language)) if advocate_facing(m)]
    assert len(messages) > 500
    missing = [f"{m.context}: {m.source!r}" for m in messages if not m.finished]
    assert not missing, f"{len(missing)} of {len(messages)} unfinished in {language}, e.g. " + "; ".join(missing[:15])


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    broken = [
        f"{m.context}: {m.source!r} -> {form!r}"
        for m in read_catalog(catalogs.ts_file(TRANSLATIONS, language))
        for form in m.translations
        if form and placeholders(form, numerus=m.numerus) != placeholders(m.source, numerus=m.numerus)
    ]
    assert not broken, "; ".join(broken[:15])


def pairs(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_catalog(path)}


def test_catalogs_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over the code, into copies of the catalogs, adds and drops nothing: `make translations` was run."""
    for language in catalogs.LANGUAGES:
        shutil.copy(catalogs.ts_file(TRANSLATIONS, language), tmp_path)
    catalogs.update(tmp_path)
    for language in catalogs.LANGUAGES:
        committed = pairs(catalogs.ts_file(TRANSLATIONS, language))
        extracted = pairs(catalogs.ts_file(tmp_path, language))
        assert extracted - committed == set(), f"new strings missing from {language}: run `make translations`"
        assert committed - extracted == set(), f"strings gone from the code still in {language}"


def literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def asked_in_code(path: Path) -> Iterator[tuple[str, str, str, int]]:
    """(context, source, disambiguation, line) of each tr() and translate() call with literal text in a file.

    ``self.tr`` speaks for the enclosing class, ``QWidget.tr`` for QWidget, ``translate`` names its context.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                classes.setdefault(inner, node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        args = [*node.args, None, None, None]
        owner = node.func.value
        if node.func.attr == "translate" and isinstance(owner, ast.Name):
            context, source, comment = literal(args[0]), literal(args[1]), literal(args[2])
        elif node.func.attr == "tr" and isinstance(owner, ast.Name):
            context = owner.id if owner.id != "self" else classes.get(node)
            source, comment = literal(args[0]), literal(args[1])
        else:
            continue
        if context and source:
            yield context, source, comment or "", node.lineno


def test_every_literal_string_in_the_code_reaches_the_catalogs() -> None:
    """lupdate silently skips some call shapes (translate with an attribute as the count): the catalog is checked
    against the code itself, so a string that would show in English in every language fails here."""
    known = {(m.context, m.source, m.comment) for m in read_catalog(catalogs.ts_file(TRANSLATIONS, "ja"))}
    missed = [
        f"{path.relative_to(catalogs.SOURCES)}:{line}: {context} {source!r}"
        for path in sorted(catalogs.SOURCES.rglob("*.py"))
        for context, source, comment, line in asked_in_code(path)
        if (context, source, comment) not in known
    ]
    assert not missed, f"{len(missed)} strings lupdate did not extract: " + "; ".join(missed[:10])


def test_advocate_strings_are_whole_sentences() -> None:
    """A message starting or ending with spaces or joining punctuation is a fragment glued to others at run time;
    translators cannot reorder those, and word order differs between languages."""
    fragments = [
        f"{m.context}: {m.source!r}"
        for m in read_catalog(catalogs.ts_file(TRANSLATIONS, "ja"))
        if advocate_facing(m) and (m.source != m.source.strip() or m.source[:1] in {",", ";", ":", "."})
    ]
    assert not fragments, "; ".join(fragments)


def test_release_compiles_only_stale_catalogs(tmp_path: Path) -> None:
    shutil.copy(catalogs.ts_file(TRANSLATIONS, "ja"), tmp_path)
    assert [p.name for p in catalogs.release(tmp_path)] == ["advocate_hub_ja.qm"]
    assert (tmp_path / "advocate_hub_ja.qm").stat().st_size > 0
    assert catalogs.release(tmp_path) == []
