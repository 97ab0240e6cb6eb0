"""Sentences the core composed, shown in the window's language.

The core (no Qt) raises and returns :class:`workstation.messages.Message` values: English text
with a stable code and the values put into it. Here each code has its template, translatable
(context ``CoreMessage``; the same English the core writes), and :func:`core_text` fills the
translation with the same values: statuses, roles, verdicts and the other stored words as the
window shows them elsewhere, numbers by the locale, nested sentences translated in turn. Text
that is not a Message (or whose code this table does not know) is shown as it is, in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.i18n import (
    audience_label,
    day,
    decimal,
    number,
    numeric_date,
    role_label,
    status_label,
    verdict_label,
)
from workstation.errors import WorkstationError
from workstation.messages import LIST_SEPARATOR, Message, message_of

CONTEXT = "CoreMessage"

# One line per template (lupdate reads the literal); the same text as workstation/message_texts.py.
TEMPLATES: dict[str, str] = {
    "workflow.already": QT_TRANSLATE_NOOP("CoreMessage", "workflow: the article is already {status}"),
    "workflow.no-step": QT_TRANSLATE_NOOP("CoreMessage", "workflow: no step from {source} to {target}; from {source} the article can go to {targets}"),
    "workflow.either": QT_TRANSLATE_NOOP("CoreMessage", "{first} or {second}"),
    "workflow.nowhere": QT_TRANSLATE_NOOP("CoreMessage", "nowhere"),
    "workflow.only-from": QT_TRANSLATE_NOOP("CoreMessage", "workflow: '{action}' is possible only from {source}; the article is {status}"),
    "workflow.no-revision": QT_TRANSLATE_NOOP("CoreMessage", "workflow: article {article} has no revision to approve"),
    "workflow.role-a": QT_TRANSLATE_NOOP("CoreMessage", "role: a {role} may not {step}; only {allowed} may"),
    "workflow.role-an": QT_TRANSLATE_NOOP("CoreMessage", "role: an {role} may not {step}; only {allowed} may"),
    "workflow.authored": QT_TRANSLATE_NOOP("CoreMessage", "separation of duties: nobody approves an article they authored"),
    "workflow.last-edited": QT_TRANSLATE_NOOP("CoreMessage", "separation of duties: nobody approves an article they last edited"),
    "workflow.reason": QT_TRANSLATE_NOOP("CoreMessage", "reason required: say why you {step}"),
    "workflow.blocked": QT_TRANSLATE_NOOP("CoreMessage", "approval blocked: {summary}"),
    "workflow.blocked-items": QT_TRANSLATE_NOOP("CoreMessage", "{summary}: {items}{more}"),
    "workflow.and-more": QT_TRANSLATE_NOOP("CoreMessage", " (and {count} more)"),
    "guard.missing-verdicts": QT_TRANSLATE_NOOP("CoreMessage", "{count} citation(s) without a verdict"),
    "guard.open-errors": QT_TRANSLATE_NOOP("CoreMessage", "{count} open error finding(s)"),
    "guard.negative-verdicts": QT_TRANSLATE_NOOP("CoreMessage", "{count} unresolved not-supported/contradicted verdict(s)"),
    "guard.missing-verdict": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} cites [{reference}] without a verdict"),
    "guard.open-error": QT_TRANSLATE_NOOP("CoreMessage", "open error finding {finding} ({code}): {message}"),
    "guard.negative-verdict": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} is judged {verdict} by reference [{reference}] and has not been revised"),
    "signature.meaning": QT_TRANSLATE_NOOP("CoreMessage", "electronic signature: the meaning must be one of: {meanings} (not {given})"),
    "signature.no-password": QT_TRANSLATE_NOOP("CoreMessage", "electronic signature: {user} has no password and cannot sign"),
    "signature.enter-password": QT_TRANSLATE_NOOP("CoreMessage", "electronic signature: enter your password to sign the approval"),
    "signature.wrong-password": QT_TRANSLATE_NOOP("CoreMessage", "electronic signature: the password is wrong; the approval was not signed"),
    "signature.hash-mismatch": QT_TRANSLATE_NOOP("CoreMessage", "electronic signature: revision {revision} no longer matches its content hash; it cannot be signed"),
    "signin.wrong": QT_TRANSLATE_NOOP("CoreMessage", "wrong user name or password"),
    "signin.wrong-left": QT_TRANSLATE_NOOP("CoreMessage", "wrong user name or password ({left} attempt(s) left before the account locks)"),
    "signin.wrong-locked": QT_TRANSLATE_NOOP("CoreMessage", "wrong user name or password; the account is locked until an admin unlocks it"),
    "signin.wrong-locked-now": QT_TRANSLATE_NOOP("CoreMessage", "wrong user name or password; the account is now locked until an admin unlocks it"),
    "signin.deactivated": QT_TRANSLATE_NOOP("CoreMessage", "{name}'s account is deactivated"),
    "signin.locked": QT_TRANSLATE_NOOP("CoreMessage", "{name}'s account is locked after {count} failed sign-ins; an admin must unlock it"),
    "signin.no-password": QT_TRANSLATE_NOOP("CoreMessage", "{name} has no password yet; an admin sets one with 'users passwd {name}'"),
    "password.too-short": QT_TRANSLATE_NOOP("CoreMessage", "password: at least {count} characters"),
    "password.too-long": QT_TRANSLATE_NOOP("CoreMessage", "password: at most {count} characters"),
    "password.common": QT_TRANSLATE_NOOP("CoreMessage", "password: this is a commonly used password; choose another (a phrase of a few words works well)"),
    "password.user-name": QT_TRANSLATE_NOOP("CoreMessage", "password: it must not be the user name"),
    "password.current-wrong": QT_TRANSLATE_NOOP("CoreMessage", "the current password is wrong; the password was not changed"),
    "password.same": QT_TRANSLATE_NOOP("CoreMessage", "password: choose a password different from the current one"),
    "password.first-admin": QT_TRANSLATE_NOOP("CoreMessage", "password: the first admin needs one to sign in"),
    "signin.not-this-desk": QT_TRANSLATE_NOOP("CoreMessage", "sign-in required: {name} is not the user signed in at this desk"),
    "users.bad-name": QT_TRANSLATE_NOOP("CoreMessage", "user name: 1 to 63 characters on one line, without quotes or backslashes"),
    "users.bad-role": QT_TRANSLATE_NOOP("CoreMessage", "role: one of {allowed}, not {given}"),
    "users.not-found": QT_TRANSLATE_NOOP("CoreMessage", "no user named {name}: an admin adds one with 'workstation users add NAME --role ROLE'"),
    "users.last-admin": QT_TRANSLATE_NOOP("CoreMessage", "{name} is the last active admin; make another user admin first"),
    "users.first-admin": QT_TRANSLATE_NOOP("CoreMessage", "the first user of a database must be an admin"),
    "users.exists": QT_TRANSLATE_NOOP("CoreMessage", "a user named {name} already exists"),
    "users.idle-lock": QT_TRANSLATE_NOOP("CoreMessage", "idle lock: 0 to {most} minutes"),
    "users.admin-sign-in": QT_TRANSLATE_NOOP("CoreMessage", "sign-in required: only a signed-in admin may {task}"),
    "users.admin-only": QT_TRANSLATE_NOOP("CoreMessage", "role: only an admin may {task}; {name} is {role}"),
    "team.needs-postgres": QT_TRANSLATE_NOOP("CoreMessage", "team mode needs a PostgreSQL database; a SQLite file serves one desk"),
    "frozen.record": QT_TRANSLATE_NOOP("CoreMessage", "approved record: article {article} is Approved and signed, so its {what} cannot change; reopen it first (give a reason), which supersedes the signature"),
    "frozen.undo": QT_TRANSLATE_NOOP("CoreMessage", "review record (undo '{label}')"),
    "frozen.redo": QT_TRANSLATE_NOOP("CoreMessage", "review record (redo '{label}')"),
    "undo.nothing-undo": QT_TRANSLATE_NOOP("CoreMessage", "nothing to undo"),
    "undo.nothing-redo": QT_TRANSLATE_NOOP("CoreMessage", "nothing to redo"),
    "undo.conflict-undo": QT_TRANSLATE_NOOP("CoreMessage", "cannot undo '{label}': {why}"),
    "undo.conflict-redo": QT_TRANSLATE_NOOP("CoreMessage", "cannot redo '{label}': {why}"),
    "undo.changed-by-someone": QT_TRANSLATE_NOOP("CoreMessage", "it was changed since by someone else"),
    "undo.changed-by": QT_TRANSLATE_NOOP("CoreMessage", "it was changed since by {name} ({event_action}, event {event}, {at} UTC)"),
    "conflict.version": QT_TRANSLATE_NOOP("CoreMessage", "concurrent change: article {article} was changed by someone else since version {expected}{now}; reload it and try again"),
    "conflict.now-version": QT_TRANSLATE_NOOP("CoreMessage", " (now version {current})"),
    "conflict.edited": QT_TRANSLATE_NOOP("CoreMessage", "article {article} was changed by someone else (version {current}, you edited version {expected}): reload and try again"),
    "conflict.busy": QT_TRANSLATE_NOOP("CoreMessage", "the database is busy: another program or desk held its write lock for more than {seconds:g} s; nothing was changed, try again"),
    "import.folder": QT_TRANSLATE_NOOP("CoreMessage", "this is a folder, not a file"),
    "import.reference-file": QT_TRANSLATE_NOOP("CoreMessage", "this is a {format} reference file, not an article: import it into the reference library ('workstation references import', or File → Import references…)"),
    "import.unreadable": QT_TRANSLATE_NOOP("CoreMessage", "cannot read the file: {problem}"),
    "import.file-too-large": QT_TRANSLATE_NOOP("CoreMessage", "the file is {size:.1f} MB; articles larger than {limit} MB are refused"),
    "import.content-too-large": QT_TRANSLATE_NOOP("CoreMessage", "the content is {size:.1f} MB; articles larger than {limit} MB are refused"),
    "import.empty": QT_TRANSLATE_NOOP("CoreMessage", "the file is empty"),
    "import.nul": QT_TRANSLATE_NOOP("CoreMessage", "the file contains NUL bytes (first at byte {offset}): it looks like a binary file, not an article"),
    "import.control": QT_TRANSLATE_NOOP("CoreMessage", "the file contains control characters: it looks like a binary file, not an article"),
    "import.too-deep": QT_TRANSLATE_NOOP("CoreMessage", "the file is nested too deeply to read"),
    "import.no-body": QT_TRANSLATE_NOOP("CoreMessage", "the article has no body text"),
    "import.unclosed-front-matter": QT_TRANSLATE_NOOP("CoreMessage", "front matter: the opening '---' has no closing '---' line"),
    "import.no-title": QT_TRANSLATE_NOOP("CoreMessage", "front matter: missing; 'title' is required"),
    "import.required": QT_TRANSLATE_NOOP("CoreMessage", "front matter: '{key}' is required"),
    "import.empty-key": QT_TRANSLATE_NOOP("CoreMessage", "front matter: '{key}' is empty"),
    "import.audience": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'audience' must be one of {audiences}, not {given}"),
    "import.date": QT_TRANSLATE_NOOP("CoreMessage", "front matter: '{key}' must be an ISO date such as 2025-04-23, not {given}"),
    "type.list": QT_TRANSLATE_NOOP("CoreMessage", "a list"),
    "type.text": QT_TRANSLATE_NOOP("CoreMessage", "text"),
    "type.number": QT_TRANSLATE_NOOP("CoreMessage", "a number"),
    "type.bool": QT_TRANSLATE_NOOP("CoreMessage", "true/false"),
    "import.yaml-at": QT_TRANSLATE_NOOP("CoreMessage", " (line {line}, column {column})"),
    "import.malformed-yaml": QT_TRANSLATE_NOOP("CoreMessage", "front matter: malformed YAML{where}: {problem}"),
    "import.not-pairs": QT_TRANSLATE_NOOP("CoreMessage", "front matter: expected 'key: value' pairs, found {found}"),
    "import.must-be-text": QT_TRANSLATE_NOOP("CoreMessage", "front matter: '{key}' must be text, not {found}"),
    "import.nul-in-key": QT_TRANSLATE_NOOP("CoreMessage", "front matter: '{key}' contains a NUL character"),
    "import.status": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'status': {problem}"),
    "import.authors": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'authors' must be a list of names"),
    "import.references-list": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'references' must be a list, not {found}"),
    "import.references-many": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'references' lists more than {count} entries"),
    "import.reference-item": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'references' item {position}"),
    "import.item-mapping": QT_TRANSLATE_NOOP("CoreMessage", "{where} must be a mapping (type, title, source, year …), not {found}"),
    "import.item-type": QT_TRANSLATE_NOOP("CoreMessage", "{where}: 'type' must be one of {types}, not {given}"),
    "import.item-number": QT_TRANSLATE_NOOP("CoreMessage", "{where}: 'number' must be a positive whole number, not {given}"),
    "import.item-year": QT_TRANSLATE_NOOP("CoreMessage", "{where}: 'year' must be a year such as 2024, not {given}"),
    "import.item-text": QT_TRANSLATE_NOOP("CoreMessage", "{where}: '{key}' must be text, not {found}"),
    "import.references-unique": QT_TRANSLATE_NOOP("CoreMessage", "front matter: 'references' numbers must be unique"),
    "import.html": QT_TRANSLATE_NOOP("CoreMessage", "this is an HTML file: save the page as text (or Markdown) and import that"),
    "import.only-furniture": QT_TRANSLATE_NOOP("CoreMessage", "no article text found: the file holds only site furniture or blank lines"),
    "import.no-paragraphs": QT_TRANSLATE_NOOP("CoreMessage", "no article text found: the page has a title but no paragraphs"),
    "references.merge-same": QT_TRANSLATE_NOOP("CoreMessage", "merge: choose two different records"),
    "export.pdf-renderer": QT_TRANSLATE_NOOP("CoreMessage", "format: PDF export needs the desktop renderer"),
    "evidence.no-document": QT_TRANSLATE_NOOP("CoreMessage", "evidence: reference {reference} has no document to select a passage in"),
    "reffile.at-line": QT_TRANSLATE_NOOP("CoreMessage", "line {line}: {problem}"),
    "reffile.at-record": QT_TRANSLATE_NOOP("CoreMessage", "record {index}{line}: {problem}"),
    "reffile.record-line": QT_TRANSLATE_NOOP("CoreMessage", " (line {line})"),
    "reffile.nul": QT_TRANSLATE_NOOP("CoreMessage", "the file contains NUL bytes (first at byte {offset}): it is not a reference file"),
    "reffile.not-utf8": QT_TRANSLATE_NOOP("CoreMessage", "not valid UTF-8 (byte {offset}: 0x{byte}); export the file as UTF-8"),
    "reffile.unknown": QT_TRANSLATE_NOOP("CoreMessage", "not a reference file: expected RIS (.ris), BibTeX (.bib), PubMed/MEDLINE (.nbib) or CSL-JSON (.json)"),
    "reffile.unknown-format": QT_TRANSLATE_NOOP("CoreMessage", "unknown reference format {given}: one of {formats}"),
    "reffile.json": QT_TRANSLATE_NOOP("CoreMessage", "not valid JSON: {problem} (column {column})"),
    "reffile.csl-empty": QT_TRANSLATE_NOOP("CoreMessage", "the file holds an empty list: no CSL-JSON item to read"),
    "reffile.csl-not-object": QT_TRANSLATE_NOOP("CoreMessage", "item {index}: a CSL-JSON item is an object, not {type_name}"),
    "reffile.the-item": QT_TRANSLATE_NOOP("CoreMessage", "the item"),
    "reffile.csl-invalid": QT_TRANSLATE_NOOP("CoreMessage", "item {name}: {where}: {problem}"),
    "reffile.csl-no-id": QT_TRANSLATE_NOOP("CoreMessage", "item {name}: it has no title, DOI or PMID"),
    "reffile.ris-expected": QT_TRANSLATE_NOOP("CoreMessage", "expected 'TY  - ' to start the next record, found {found}"),
    "reffile.ris-outside": QT_TRANSLATE_NOOP("CoreMessage", "the tag {tag} stands outside a record (a record opens with 'TY  - ')"),
    "reffile.ris-overlap": QT_TRANSLATE_NOOP("CoreMessage", "a new record starts before the one opened on line {opened} ended (no 'ER  -')"),
    "reffile.ris-unclosed": QT_TRANSLATE_NOOP("CoreMessage", "this record is never closed (no 'ER  -' line)"),
    "reffile.ris-none": QT_TRANSLATE_NOOP("CoreMessage", "no RIS record found (a record opens with 'TY  - ')"),
    "reffile.ris-no-id": QT_TRANSLATE_NOOP("CoreMessage", "it has no title (TI), DOI (DO) or PubMed id"),
    "reffile.ris-count": QT_TRANSLATE_NOOP("CoreMessage", "{opened} records opened but {read} read"),
    "reffile.medline-expected": QT_TRANSLATE_NOOP("CoreMessage", "expected a MEDLINE tag such as 'TI  - ' or a continuation, found {found}"),
    "reffile.medline-start": QT_TRANSLATE_NOOP("CoreMessage", "a record must start with 'PMID- ', not {tag}"),
    "reffile.medline-none": QT_TRANSLATE_NOOP("CoreMessage", "no MEDLINE record found (a record starts with 'PMID- ')"),
    "reffile.medline-pmid": QT_TRANSLATE_NOOP("CoreMessage", "the PMID {pmid} is not a PubMed id"),
    "reffile.bib-duplicate": QT_TRANSLATE_NOOP("CoreMessage", "the key {key} is used by an earlier entry"),
    "reffile.bib-broken": QT_TRANSLATE_NOOP("CoreMessage", "{problem} ({raw})"),
    "reffile.bib-invalid": QT_TRANSLATE_NOOP("CoreMessage", "it is not valid BibTeX"),
    "reffile.bib-none": QT_TRANSLATE_NOOP("CoreMessage", "no BibTeX entry found (an entry looks like {example})"),
    "reffile.csv-header": QT_TRANSLATE_NOOP("CoreMessage", "not a CSV header: {problem}"),
    "reffile.rw-columns": QT_TRANSLATE_NOOP("CoreMessage", "not the Retraction Watch CSV: the column(s) {columns} are missing"),
    "reffile.csv-width": QT_TRANSLATE_NOOP("CoreMessage", "{count} columns where the header has {width}"),
    "reffile.csv-broken": QT_TRANSLATE_NOOP("CoreMessage", "broken CSV: {problem}"),
    "render.too-large": QT_TRANSLATE_NOOP("CoreMessage", "This article is too large to render ({chars:,} characters; the limit is {limit:,}); showing plain text"),
    "render.timed-out": QT_TRANSLATE_NOOP("CoreMessage", "This article could not be rendered in time ({seconds:g} s limit); showing plain text"),
    "render.failed": QT_TRANSLATE_NOOP("CoreMessage", "This article could not be rendered ({problem}); showing plain text"),
    "render.stopped": QT_TRANSLATE_NOOP("CoreMessage", "the renderer stopped"),
    "render.stopped-unexpectedly": QT_TRANSLATE_NOOP("CoreMessage", "the renderer stopped unexpectedly"),
    "render.not-started": QT_TRANSLATE_NOOP("CoreMessage", "the renderer did not start"),
    "render.too-deep": QT_TRANSLATE_NOOP("CoreMessage", "This article could not be rendered (it is nested too deeply); showing plain text"),
    "render.first-chars": QT_TRANSLATE_NOOP("CoreMessage", "{notice} (the first {chars:,} characters)"),
    "invalid.empty-body": QT_TRANSLATE_NOOP("CoreMessage", "the body is empty"),
    "invalid.dismiss-reason": QT_TRANSLATE_NOOP("CoreMessage", "dismiss: a reason is required"),
    "invalid.already-dismissed": QT_TRANSLATE_NOOP("CoreMessage", "finding {finding} is already dismissed"),
    "invalid.already-cites": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} already cites reference {reference}"),
    "invalid.cited-in-text": QT_TRANSLATE_NOOP("CoreMessage", "reference {reference} is cited in the claim's text"),
    "invalid.empty-selection": QT_TRANSLATE_NOOP("CoreMessage", "the selection holds no text"),
    "invalid.already-covered": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} already covers this text"),
    "invalid.empty-comment": QT_TRANSLATE_NOOP("CoreMessage", "comment: the text is empty"),
    "invalid.merged-empty": QT_TRANSLATE_NOOP("CoreMessage", "the merged text is empty"),
    "claim.no-verdict": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} has no verdict on reference {reference}"),
    "claim.reference-positive": QT_TRANSLATE_NOOP("CoreMessage", "reference: a positive number"),
    "claim.selection-outside": QT_TRANSLATE_NOOP("CoreMessage", "the selection {start}..{end} is not inside the body (0..{length})"),
    "claim.not-anchored": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} is not anchored in the current revision"),
    "claim.offset-outside": QT_TRANSLATE_NOOP("CoreMessage", "offset {at} is not inside claim {claim} ({start}..{end})"),
    "claim.merge-two": QT_TRANSLATE_NOOP("CoreMessage", "merge: name at least two claims"),
    "claim.merge-articles": QT_TRANSLATE_NOOP("CoreMessage", "merge: the claims belong to different articles"),
    "claim.merge-adjacent": QT_TRANSLATE_NOOP("CoreMessage", "merge: only adjacent claims can be merged (another claim lies between)"),
    "assign.due-format": QT_TRANSLATE_NOOP("CoreMessage", "due: a date as YYYY-MM-DD, not {given}"),
    "assign.due-past": QT_TRANSLATE_NOOP("CoreMessage", "due: {date} is in the past"),
    "assign.role": QT_TRANSLATE_NOOP("CoreMessage", "role: {name} is {role}; only approvers and admins assign reviews"),
    "assign.separation": QT_TRANSLATE_NOOP("CoreMessage", "separation of duties: the reviewer cannot also be the approver"),
    "assign.must-be-reviewer": QT_TRANSLATE_NOOP("CoreMessage", "reviewer: {name} is {role}; the reviewer must be {roles_or}"),
    "assign.must-be-approver": QT_TRANSLATE_NOOP("CoreMessage", "approver: {name} is {role}; the approver must be {roles_or}"),
    "review.role": QT_TRANSLATE_NOOP("CoreMessage", "{name} is {role}: only {allowed} may {review_task}"),
    "review.verdict": QT_TRANSLATE_NOOP("CoreMessage", "verdict: one of {verdicts}, not {given}"),
    "comment.claim-elsewhere": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} belongs to another article"),
    "comment.parent-elsewhere": QT_TRANSLATE_NOOP("CoreMessage", "comment {comment} belongs to another article"),
    "comment.already-resolved": QT_TRANSLATE_NOOP("CoreMessage", "comment {comment} is already resolved"),
    "comment.already-open": QT_TRANSLATE_NOOP("CoreMessage", "comment {comment} is already open"),
    "comment.too-long": QT_TRANSLATE_NOOP("CoreMessage", "comment: at most {count} characters"),
    "comment.selection-outside": QT_TRANSLATE_NOOP("CoreMessage", "comment: the selection {start}..{end} is not inside the body (0..{length})"),
    "interval.range": QT_TRANSLATE_NOOP("CoreMessage", "review interval: a whole number of months from 1 to {most}"),
    "interval.admin": QT_TRANSLATE_NOOP("CoreMessage", "role: only an admin sets the review interval"),
    "signin.say-who": QT_TRANSLATE_NOOP("CoreMessage", "sign-in required: say who acts (--as USER) and give that user's password"),
    "signin.not-signed-in": QT_TRANSLATE_NOOP("CoreMessage", "sign-in required: {name} has not signed in with their password"),
    "signin.must-change": QT_TRANSLATE_NOOP("CoreMessage", "{name} must choose a new password before anything else (an admin reset it): 'workstation users passwd'"),
    "edit.choice": QT_TRANSLATE_NOOP("CoreMessage", "choice: one of {choices}, not {given}"),
    "document.not-cited": QT_TRANSLATE_NOOP("CoreMessage", "claim {claim} does not cite reference {reference}"),
    "document.none": QT_TRANSLATE_NOOP("CoreMessage", "reference {reference} of article {article} has no document attached: attach one first (workstation references attach)"),
    "finding.citation-unresolved": QT_TRANSLATE_NOOP("CoreMessage", "This claim cites reference {number}, but the article lists {listed}. Add reference {number} to the reference list or correct the citation number."),
    "finding.citation-unresolved-author": QT_TRANSLATE_NOOP("CoreMessage", "This claim cites {citation}, but no entry of the reference list ({listed}) is by that author in that year. Add the work to the reference list or correct the citation."),
    "finding.listed-none": QT_TRANSLATE_NOOP("CoreMessage", "no references"),
    "finding.listed-count-one": QT_TRANSLATE_NOOP("CoreMessage", "only {count} reference"),
    "finding.listed-count": QT_TRANSLATE_NOOP("CoreMessage", "only {count} references"),
    "finding.listed-one": QT_TRANSLATE_NOOP("CoreMessage", "only reference {number}"),
    "finding.listed-numbers": QT_TRANSLATE_NOOP("CoreMessage", "references {numbers} and {last}"),
    "finding.reference-uncited": QT_TRANSLATE_NOOP("CoreMessage", "Reference {number}, {reference}, is listed but nothing in the article cites it. Cite it as [{number}] after the claims it supports, or remove it from the reference list."),
    "finding.promotional-title": QT_TRANSLATE_NOOP("CoreMessage", "The title uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks."),
    "finding.promotional-heading": QT_TRANSLATE_NOOP("CoreMessage", "This heading uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks."),
    "finding.promotional-sentence": QT_TRANSLATE_NOOP("CoreMessage", "This sentence uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks."),
    "finding.dangling-lead-in": QT_TRANSLATE_NOOP("CoreMessage", "This lead-in ends with a colon but is followed by {following}, not by the list it announces. Add the missing items as a bulleted list, or rewrite the sentence so that it stands on its own."),
    "finding.follows-nothing": QT_TRANSLATE_NOOP("CoreMessage", "nothing (it ends the article)"),
    "finding.follows-heading": QT_TRANSLATE_NOOP("CoreMessage", "the heading “{heading}”"),
    "finding.follows-paragraph": QT_TRANSLATE_NOOP("CoreMessage", "another paragraph"),
    "finding.claim-uncited": QT_TRANSLATE_NOOP("CoreMessage", "This claim states {kind} (“{words}”) but cites no source. Add a citation to the study, guideline or label that supports it, or remove the claim."),
    "finding.reading-level": QT_TRANSLATE_NOOP("CoreMessage", "The article reads at about grade {grade:.1f} (Flesch-Kincaid), above the grade {target:.0f} target for a {audience} audience. {advice}."),
    "finding.shorten": QT_TRANSLATE_NOOP("CoreMessage", "Shorten long sentences (the longest has {words} words)"),
    "finding.shorten-and-explain": QT_TRANSLATE_NOOP("CoreMessage", "Shorten long sentences (the longest has {words} words) and explain or replace technical words such as {terms}"),
    "finding.reference-retracted": QT_TRANSLATE_NOOP("CoreMessage", "Reference {number}, {reference}, {what} (Retraction Watch record {record}).{reason}{uses} {advice}"),
    "retraction.retracted": QT_TRANSLATE_NOOP("CoreMessage", "was retracted{when}"),
    "retraction.concern": QT_TRANSLATE_NOOP("CoreMessage", "is the subject of an expression of concern{when}"),
    "retraction.corrected": QT_TRANSLATE_NOOP("CoreMessage", "was corrected{when}"),
    "retraction.on": QT_TRANSLATE_NOOP("CoreMessage", " on {date}"),
    "retraction.reason": QT_TRANSLATE_NOOP("CoreMessage", " Reason given: {reason}."),
    "retraction.uses": QT_TRANSLATE_NOOP("CoreMessage", " {count} passage(s) cite it."),
    "retraction.advice-retracted": QT_TRANSLATE_NOOP("CoreMessage", "Remove it, or cite it only as a retracted work, and check every claim it supports."),
    "retraction.advice-concern": QT_TRANSLATE_NOOP("CoreMessage", "Check whether the claims it supports can rest on other evidence."),
    "retraction.advice-corrected": QT_TRANSLATE_NOOP("CoreMessage", "Check the claims it supports against the corrected version."),
    "list.and": QT_TRANSLATE_NOOP("CoreMessage", "{one} and {other}"),
    "list.comma": QT_TRANSLATE_NOOP("CoreMessage", "{one}, {rest}"),
    "finding.attribution-mismatch": QT_TRANSLATE_NOOP("CoreMessage", "This claim names {named} as its source, but {cited}: {problems}. Cite the source the sentence names, or reword the sentence to match {match}."),
    "attribution.year": QT_TRANSLATE_NOOP("CoreMessage", "the year {year}"),
    "attribution.decade": QT_TRANSLATE_NOOP("CoreMessage", "the {decade}s"),
    "attribution.from-one": QT_TRANSLATE_NOOP("CoreMessage", "it is from {years}"),
    "attribution.from-many": QT_TRANSLATE_NOOP("CoreMessage", "they are from {years}"),
    "attribution.another-year-one": QT_TRANSLATE_NOOP("CoreMessage", "it gives another year"),
    "attribution.another-year-many": QT_TRANSLATE_NOOP("CoreMessage", "they give another year"),
    "attribution.unmentioned-one": QT_TRANSLATE_NOOP("CoreMessage", "its title and source do not mention {names}"),
    "attribution.unmentioned-many": QT_TRANSLATE_NOOP("CoreMessage", "their title and source do not mention {names}"),
    "attribution.cited-one": QT_TRANSLATE_NOOP("CoreMessage", "the cited reference {number}, {reference}, does not bear that out"),
    "attribution.cited-many": QT_TRANSLATE_NOOP("CoreMessage", "none of the cited references ({listed}) bears that out"),
    "attribution.match-one": QT_TRANSLATE_NOOP("CoreMessage", "reference {number}"),
    "attribution.match-many": QT_TRANSLATE_NOOP("CoreMessage", "the cited references"),
    "finding.unsafe-markup-title": QT_TRANSLATE_NOOP("CoreMessage", "Unsafe markup in the title: {problems}. The title is plain text: remove the markup."),
    "finding.unsafe-markup-body": QT_TRANSLATE_NOOP("CoreMessage", "Unsafe markup in the article body: {problems}. Articles are plain Markdown: remove the HTML or rewrite it as Markdown, and link only to http(s) addresses (scripts, event handlers and javascript: links could run when the article is published)."),
    "finding.unsafe-markup-reference": QT_TRANSLATE_NOOP("CoreMessage", "Unsafe markup in reference {number}: {problems}. Give the reference as plain text with an http(s) link."),
    "markup.other": QT_TRANSLATE_NOOP("CoreMessage", "{markup} markup"),
    "markup.tag": QT_TRANSLATE_NOOP("CoreMessage", "{tag} tag{handler}{address}"),
    "markup.handler": QT_TRANSLATE_NOOP("CoreMessage", " with an {handler}= event handler"),
    "markup.with-address": QT_TRANSLATE_NOOP("CoreMessage", " with a {scheme} address"),
    "markup.link": QT_TRANSLATE_NOOP("CoreMessage", "a {scheme} link"),
    "markup.address": QT_TRANSLATE_NOOP("CoreMessage", "a {scheme} address"),
    "markup.more": QT_TRANSLATE_NOOP("CoreMessage", "{count} more"),
    "markup.field-contains": QT_TRANSLATE_NOOP("CoreMessage", "its {ref_field} contains {problems}"),
    "markup.url-uses": QT_TRANSLATE_NOOP("CoreMessage", "its url uses {problems}"),
    "quoted": QT_TRANSLATE_NOOP("CoreMessage", "“{text}”"),
    "notice.changes-requested": QT_TRANSLATE_NOOP("CoreMessage", "{actor} requested changes on {title}{because}"),
    "notice.because": QT_TRANSLATE_NOOP("CoreMessage", ": {reason}"),
    "notice.approved": QT_TRANSLATE_NOOP("CoreMessage", "{actor} approved {title}"),
    "notice.assigned-reviewer": QT_TRANSLATE_NOOP("CoreMessage", "{actor} assigned you to review {title}{when}"),
    "notice.assigned-approver": QT_TRANSLATE_NOOP("CoreMessage", "{actor} made you the approver of {title}{when}"),
    "notice.due": QT_TRANSLATE_NOOP("CoreMessage", ", due {date}"),
    "notice.mention": QT_TRANSLATE_NOOP("CoreMessage", "{actor} mentioned you on {title}: {excerpt}"),
    "notice.due-review": QT_TRANSLATE_NOOP("CoreMessage", "{title} is due for re-review since {date}"),
    "backup.cannot-write": QT_TRANSLATE_NOOP("CoreMessage", "cannot write {path}: {problem}; nothing was kept"),
    "backup.failed": QT_TRANSLATE_NOOP("CoreMessage", "the backup failed: {problem}; nothing was kept"),
    "backup.is-database": QT_TRANSLATE_NOOP("CoreMessage", "{path} is the database itself (or one of its files); choose another file"),
    "backup.is-folder": QT_TRANSLATE_NOOP("CoreMessage", "{path} is a folder; name the backup file to write"),
    "backup.no-folder": QT_TRANSLATE_NOOP("CoreMessage", "cannot write {path}: the folder {folder} does not exist"),
    "backup.exists": QT_TRANSLATE_NOOP("CoreMessage", "{path} already exists; say --force to replace it"),
    "selection.approved-week": QT_TRANSLATE_NOOP("CoreMessage", "Approved in the week of {day}"),
    "selection.submitted-week": QT_TRANSLATE_NOOP("CoreMessage", "Submitted in the week of {day}"),
    "selection.open-reviews": QT_TRANSLATE_NOOP("CoreMessage", "Open reviews of {name}"),
    "selection.approved-by": QT_TRANSLATE_NOOP("CoreMessage", "Approved by {name} since {day}"),
    "selection.finding": QT_TRANSLATE_NOOP("CoreMessage", "Open finding: {code}"),
    "selection.cycles-none": QT_TRANSLATE_NOOP("CoreMessage", "no changes requested"),
    "selection.cycles-once": QT_TRANSLATE_NOOP("CoreMessage", "changes requested once"),
    "selection.cycles": QT_TRANSLATE_NOOP("CoreMessage", "changes requested {count} times"),
    "selection.cycles-since": QT_TRANSLATE_NOOP("CoreMessage", "First approved since {day}, {times}"),
    "selection.first-approved": QT_TRANSLATE_NOOP("CoreMessage", "First approved since {day}"),
    "export.not-approved": QT_TRANSLATE_NOOP("CoreMessage", "article {article} is {status}: only approved articles are exported"),
    "export.unsigned": QT_TRANSLATE_NOOP("CoreMessage", "article {article}: its approved revision carries no signature"),
    "export.folder": QT_TRANSLATE_NOOP("CoreMessage", "cannot create the folder {folder}: {reason}"),
    "database.cannot-open": QT_TRANSLATE_NOOP("CoreMessage", "cannot open the database {target}: {reason}"),
    "database.not-a-database": QT_TRANSLATE_NOOP("CoreMessage", "cannot open the database {path}: it is not a database (refused, left as it is)"),
    "database.cannot-read": QT_TRANSLATE_NOOP("CoreMessage", "cannot read {path}: {reason}"),
    "database.newer": QT_TRANSLATE_NOOP("CoreMessage", "this database was written by a newer Review Workstation (schema {schema}); update the program"),
    "attribution.listed": QT_TRANSLATE_NOOP("CoreMessage", "{number}: {reference}"),
    "reference.untitled": QT_TRANSLATE_NOOP("CoreMessage", "“untitled”{details}"),
    "annotations.cannot-write": QT_TRANSLATE_NOOP("CoreMessage", "cannot write {path}: {reason}"),
    "database.empty-file": QT_TRANSLATE_NOOP("CoreMessage", "{path} is an empty file, not a Review Workstation database; to make a new database there, say --create"),
}

# Stored words the core puts into its sentences, shown as the window shows them.
STEPS = (  # an action's label in lower case: "say why you {step}", "may not {step}"
    QT_TRANSLATE_NOOP("CoreStep", "start review"),
    QT_TRANSLATE_NOOP("CoreStep", "request changes"),
    QT_TRANSLATE_NOOP("CoreStep", "approve"),
    QT_TRANSLATE_NOOP("CoreStep", "reopen"),
)
ACTIONS = (
    QT_TRANSLATE_NOOP("CoreAction", "Start review"),
    QT_TRANSLATE_NOOP("CoreAction", "Request changes"),
    QT_TRANSLATE_NOOP("CoreAction", "Approve"),
    QT_TRANSLATE_NOOP("CoreAction", "Reopen"),
)
FROZEN_PARTS = (  # "so its {what} cannot change"
    QT_TRANSLATE_NOOP("FrozenPart", "verdicts"),
    QT_TRANSLATE_NOOP("FrozenPart", "claims"),
    QT_TRANSLATE_NOOP("FrozenPart", "citations"),
    QT_TRANSLATE_NOOP("FrozenPart", "comments' resolution"),
    QT_TRANSLATE_NOOP("FrozenPart", "findings' dismissals"),
    QT_TRANSLATE_NOOP("FrozenPart", "references' documents"),
)


REFERENCE_FIELDS = (  # "its {ref_field} contains …"
    QT_TRANSLATE_NOOP("ReferenceField", "title"),
    QT_TRANSLATE_NOOP("ReferenceField", "source"),
    QT_TRANSLATE_NOOP("ReferenceField", "doi"),
    QT_TRANSLATE_NOOP("ReferenceField", "pmid"),
)

ADMIN_TASKS = (  # "only an admin may {task}"
    QT_TRANSLATE_NOOP("AdminTask", "reset passwords"),
    QT_TRANSLATE_NOOP("AdminTask", "add users"),
    QT_TRANSLATE_NOOP("AdminTask", "change roles"),
    QT_TRANSLATE_NOOP("AdminTask", "deactivate users"),
    QT_TRANSLATE_NOOP("AdminTask", "reactivate users"),
    QT_TRANSLATE_NOOP("AdminTask", "unlock accounts"),
    QT_TRANSLATE_NOOP("AdminTask", "change the idle lock"),
)

UNDO_LABELS = (  # what undo and redo take back: "Undo set verdict", "(undo '{label}')"
    QT_TRANSLATE_NOOP("UndoLabel", "Set verdict"),
    QT_TRANSLATE_NOOP("UndoLabel", "Clear verdict"),
    QT_TRANSLATE_NOOP("UndoLabel", "Link reference"),
    QT_TRANSLATE_NOOP("UndoLabel", "Mark needs citation"),
    QT_TRANSLATE_NOOP("UndoLabel", "Clear needs citation"),
    QT_TRANSLATE_NOOP("UndoLabel", "Add claim"),
    QT_TRANSLATE_NOOP("UndoLabel", "Split claim"),
    QT_TRANSLATE_NOOP("UndoLabel", "Merge claims"),
    QT_TRANSLATE_NOOP("UndoLabel", "Reply"),
    QT_TRANSLATE_NOOP("UndoLabel", "Add comment"),
    QT_TRANSLATE_NOOP("UndoLabel", "Resolve comment"),
    QT_TRANSLATE_NOOP("UndoLabel", "Reopen comment"),
    QT_TRANSLATE_NOOP("UndoLabel", "Dismiss finding"),
    QT_TRANSLATE_NOOP("UndoLabel", "Assign"),
    QT_TRANSLATE_NOOP("UndoLabel", "Import"),
    QT_TRANSLATE_NOOP("UndoLabel", "Import references"),
    QT_TRANSLATE_NOOP("UndoLabel", "Import retractions"),
    QT_TRANSLATE_NOOP("UndoLabel", "Merge references"),
    QT_TRANSLATE_NOOP("UndoLabel", "Reject suggestion"),
)

REVIEW_TASKS = (  # "only reviewer, approver, admin may {review_task}"
    QT_TRANSLATE_NOOP("ReviewTask", "add claims"),
    QT_TRANSLATE_NOOP("ReviewTask", "attach documents to references"),
    QT_TRANSLATE_NOOP("ReviewTask", "clear verdicts"),
    QT_TRANSLATE_NOOP("ReviewTask", "dismiss findings"),
    QT_TRANSLATE_NOOP("ReviewTask", "flag claims"),
    QT_TRANSLATE_NOOP("ReviewTask", "link references"),
    QT_TRANSLATE_NOOP("ReviewTask", "merge claims"),
    QT_TRANSLATE_NOOP("ReviewTask", "record verdicts"),
    QT_TRANSLATE_NOOP("ReviewTask", "split claims"),
    QT_TRANSLATE_NOOP("ReviewTask", "undo or redo this"),
)

FINDING_KINDS = (  # "This claim states {kind}"
    QT_TRANSLATE_NOOP("FindingKind", "a statistic"),
    QT_TRANSLATE_NOOP("FindingKind", "a study finding"),
    QT_TRANSLATE_NOOP("FindingKind", "a regulatory fact"),
    QT_TRANSLATE_NOOP("FindingKind", "a ranking"),
    QT_TRANSLATE_NOOP("FindingKind", "a body's advice"),
)


def _in(context: str) -> Callable[[str], str]:
    return lambda value: QCoreApplication.translate(context, value)


def _roles_or(value: str) -> str:
    return QCoreApplication.translate("CoreWord", " or ").join(role_label(role) for role in value.split(" or "))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(value: str) -> str:
    """A day as the core writes it in English ("6 Oct 2025") by the locale ("6. Okt. 2025")."""
    found = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", value)
    if found is None or found.group(2) not in _MONTHS:
        return value
    return day(date(int(found.group(3)), _MONTHS.index(found.group(2)) + 1, int(found.group(1))))


def _date(value: str) -> str:
    """An ISO date (as the core writes it) by the locale: 23.04.2025 in German."""
    try:
        return numeric_date(date.fromisoformat(value))
    except ValueError:
        return value


def _roles(value: str) -> str:
    return ", ".join(role_label(role) for role in value.split(", "))


# How a parameter's value is shown, by the parameter's name; others as they are.
SHOWN_AS: Mapping[str, Callable[[str], str]] = {
    "status": status_label, "source": status_label, "target": status_label, "targets": status_label,
    "first": status_label, "second": status_label,
    "role": role_label, "allowed": _roles, "verdict": verdict_label, "audience": audience_label,
    "kind": _in("FindingKind"),
    "step": _in("CoreStep"), "action": _in("CoreAction"), "what": _in("FrozenPart"),
    "date": _date, "day": _day, "ref_field": _in("ReferenceField"), "task": _in("AdminTask"),
    "label": _in("UndoLabel"), "review_task": _in("ReviewTask"), "roles_or": _roles_or,
}

_FIELD = re.compile(r"\{(\w+)(?::([^}]*))?\}")


def core_text(text: str) -> str:
    """``text`` in the window's language when the core composed it as a Message, else as it is."""
    if not isinstance(text, Message) or text.code not in TEMPLATES:
        return text
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[text.code])
    params = text.params

    def field(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2) or ""
        if name not in params:
            return match.group(0)
        return _shown(name, params[name], spec)

    return _FIELD.sub(field, template)


def _shown(name: str, value: Any, spec: str) -> str:
    if isinstance(value, Message):
        return core_text(value)
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(_shown(name, v, spec) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value) if "," in spec else str(value)  # ids and counts as they are, sizes grouped
    if isinstance(value, float):
        places = re.fullmatch(r"\.(\d+)f", spec)
        if places:
            return decimal(value, int(places.group(1)))
        return QLocale().toString(value, "g", 6)  # as {:g} writes it: 5, 2.5, 0.25
    shown = SHOWN_AS.get(name)
    return shown(value) if shown is not None and isinstance(value, str) else str(value)


def undo_label_text(label: str) -> str:
    """An undo entry's label inside a sentence ("Undo set verdict"): translated as written, the English in lower case."""
    shown = QCoreApplication.translate("UndoLabel", label)
    return shown if shown != label else label[:1].lower() + label[1:]


def error_text(error: BaseException) -> str:
    """What a reviewer reads of an error: the core's sentence in the window's language."""
    found = message_of(error)
    if found is not None:
        return core_text(found)
    if isinstance(error, WorkstationError):
        return str(error)
    return f"{type(error).__name__}: {error}"
