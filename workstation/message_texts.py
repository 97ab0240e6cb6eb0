"""The English templates of the sentences the core composes, by stable code (workstation.messages).

A code never changes meaning once released: the window translates by it (``ui/core_messages.py``
holds the same templates, translatable, and a test fails when a code here has no German entry
there). Placeholders are ``str.format`` fields; a format spec (``{chars:,}``) is how English
writes the number, and the window writes it by its locale instead.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # ------------------------------------------------------------ the workflow (workstation/workflow.py)
    "workflow.already": "workflow: the article is already {status}",
    "workflow.no-step": "workflow: no step from {source} to {target}; from {source} the article can go to {targets}",
    "workflow.either": "{first} or {second}",
    "workflow.nowhere": "nowhere",
    "workflow.only-from": "workflow: '{action}' is possible only from {source}; the article is {status}",
    "workflow.no-revision": "workflow: article {article} has no revision to approve",
    "workflow.role-a": "role: a {role} may not {step}; only {allowed} may",
    "workflow.role-an": "role: an {role} may not {step}; only {allowed} may",
    "workflow.authored": "separation of duties: nobody approves an article they authored",
    "workflow.last-edited": "separation of duties: nobody approves an article they last edited",
    "workflow.reason": "reason required: say why you {step}",
    "workflow.blocked": "approval blocked: {summary}",
    "workflow.blocked-items": "{summary}: {items}{more}",
    "workflow.and-more": " (and {count} more)",
    "guard.missing-verdicts": "{count} citation(s) without a verdict",
    "guard.open-errors": "{count} open error finding(s)",
    "guard.negative-verdicts": "{count} unresolved not-supported/contradicted verdict(s)",
    "guard.missing-verdict": "claim {claim} cites [{reference}] without a verdict",
    "guard.open-error": "open error finding {finding} ({code}): {message}",
    "guard.negative-verdict": "claim {claim} is judged {verdict} by reference [{reference}] and has not been revised",
    # ------------------------------------------------------------ signatures
    "signature.meaning": "electronic signature: the meaning must be one of: {meanings} (not {given})",
    "signature.no-password": "electronic signature: {user} has no password and cannot sign",
    "signature.enter-password": "electronic signature: enter your password to sign the approval",
    "signature.wrong-password": "electronic signature: the password is wrong; the approval was not signed",
    "signature.hash-mismatch": "electronic signature: revision {revision} no longer matches its content hash; "
                               "it cannot be signed",
    # ------------------------------------------------------------ signing in, passwords
    "signin.wrong": "wrong user name or password",
    "signin.wrong-left": "wrong user name or password ({left} attempt(s) left before the account locks)",
    "signin.wrong-locked": "wrong user name or password; the account is locked until an admin unlocks it",
    "signin.wrong-locked-now": "wrong user name or password; the account is now locked until an admin unlocks it",
    "signin.deactivated": "{name}'s account is deactivated",
    "signin.locked": "{name}'s account is locked after {count} failed sign-ins; an admin must unlock it",
    "signin.no-password": "{name} has no password yet; an admin sets one with 'users passwd {name}'",
    "password.too-short": "password: at least {count} characters",
    "password.too-long": "password: at most {count} characters",
    "password.common": "password: this is a commonly used password; choose another (a phrase of a few words "
                       "works well)",
    "password.user-name": "password: it must not be the user name",
    # ------------------------------------------------------------ user administration
    "password.current-wrong": "the current password is wrong; the password was not changed",
    "password.same": "password: choose a password different from the current one",
    "password.first-admin": "password: the first admin needs one to sign in",
    "signin.not-this-desk": "sign-in required: {name} is not the user signed in at this desk",
    "users.bad-name": "user name: 1 to 63 characters on one line, without quotes or backslashes",
    "users.bad-role": "role: one of {allowed}, not {given}",
    "users.not-found": "no user named {name}: an admin adds one with 'workstation users add NAME --role ROLE'",
    "users.last-admin": "{name} is the last active admin; make another user admin first",
    "users.first-admin": "the first user of a database must be an admin",
    "users.exists": "a user named {name} already exists",
    "users.idle-lock": "idle lock: 0 to {most} minutes",
    "users.admin-sign-in": "sign-in required: only a signed-in admin may {task}",
    "users.admin-only": "role: only an admin may {task}; {name} is {role}",
    "team.needs-postgres": "team mode needs a PostgreSQL database; a SQLite file serves one desk",
    # ------------------------------------------------------------ an approved record is frozen (freeze.py)
    "frozen.record": "approved record: article {article} is Approved and signed, so its {what} cannot change; "
                     "reopen it first (give a reason), which supersedes the signature",
    "frozen.undo": "review record (undo '{label}')",
    "frozen.redo": "review record (redo '{label}')",
    "undo.nothing-undo": "nothing to undo",
    "undo.nothing-redo": "nothing to redo",
    "undo.conflict-undo": "cannot undo '{label}': {why}",
    "undo.conflict-redo": "cannot redo '{label}': {why}",
    "undo.changed-by-someone": "it was changed since by someone else",
    "undo.changed-by": "it was changed since by {name} ({event_action}, event {event}, {at} UTC)",
    # ------------------------------------------------------------ another writer was first
    "conflict.version": "concurrent change: article {article} was changed by someone else since version "
                        "{expected}{now}; reload it and try again",
    "conflict.now-version": " (now version {current})",
    "conflict.edited": "article {article} was changed by someone else (version {current}, you edited version "
                       "{expected}): reload and try again",
    "conflict.busy": "the database is busy: another program or desk held its write lock for more than "
                     "{seconds:g} s; nothing was changed, try again",
    # ------------------------------------------------------------ importing an article
    "import.folder": "this is a folder, not a file",
    "import.reference-file": "this is a {format} reference file, not an article: import it into the reference "
                             "library ('workstation references import', or File → Import references…)",
    "import.unreadable": "cannot read the file: {problem}",
    "import.file-too-large": "the file is {size:.1f} MB; articles larger than {limit} MB are refused",
    "import.content-too-large": "the content is {size:.1f} MB; articles larger than {limit} MB are refused",
    "import.empty": "the file is empty",
    "import.nul": "the file contains NUL bytes (first at byte {offset}): it looks like a binary file, not an article",
    "import.control": "the file contains control characters: it looks like a binary file, not an article",
    "import.too-deep": "the file is nested too deeply to read",
    "import.no-body": "the article has no body text",
    "import.unclosed-front-matter": "front matter: the opening '---' has no closing '---' line",
    "import.no-title": "front matter: missing; 'title' is required",
    "import.required": "front matter: '{key}' is required",
    "import.empty-key": "front matter: '{key}' is empty",
    "import.audience": "front matter: 'audience' must be one of {audiences}, not {given}",
    "import.date": "front matter: '{key}' must be an ISO date such as 2025-04-23, not {given}",
    # ------------------------------------------------------------ reading a reference file (workstation/references)
    "reffile.at-line": "line {line}: {problem}",
    "reffile.at-record": "record {index}{line}: {problem}",
    "reffile.record-line": " (line {line})",
    "reffile.nul": "the file contains NUL bytes (first at byte {offset}): it is not a reference file",
    "reffile.not-utf8": "not valid UTF-8 (byte {offset}: 0x{byte}); export the file as UTF-8",
    "reffile.unknown": "not a reference file: expected RIS (.ris), BibTeX (.bib), PubMed/MEDLINE (.nbib) or CSL-JSON (.json)",
    "reffile.unknown-format": "unknown reference format {given}: one of {formats}",
    "reffile.json": "not valid JSON: {problem} (column {column})",
    "reffile.csl-empty": "the file holds an empty list: no CSL-JSON item to read",
    "reffile.csl-not-object": "item {index}: a CSL-JSON item is an object, not {type_name}",
    "reffile.the-item": "the item",
    "reffile.csl-invalid": "item {name}: {where}: {problem}",
    "reffile.csl-no-id": "item {name}: it has no title, DOI or PMID",
    "reffile.ris-expected": "expected 'TY  - ' to start the next record, found {found}",
    "reffile.ris-outside": "the tag {tag} stands outside a record (a record opens with 'TY  - ')",
    "reffile.ris-overlap": "a new record starts before the one opened on line {opened} ended (no 'ER  -')",
    "reffile.ris-unclosed": "this record is never closed (no 'ER  -' line)",
    "reffile.ris-none": "no RIS record found (a record opens with 'TY  - ')",
    "reffile.ris-no-id": "it has no title (TI), DOI (DO) or PubMed id",
    "reffile.ris-count": "{opened} records opened but {read} read",
    "reffile.medline-expected": "expected a MEDLINE tag such as 'TI  - ' or a continuation, found {found}",
    "reffile.medline-start": "a record must start with 'PMID- ', not {tag}",
    "reffile.medline-none": "no MEDLINE record found (a record starts with 'PMID- ')",
    "reffile.medline-pmid": "the PMID {pmid} is not a PubMed id",
    "reffile.bib-duplicate": "the key {key} is used by an earlier entry",
    "reffile.bib-broken": "{problem} ({raw})",
    "reffile.bib-invalid": "it is not valid BibTeX",
    "reffile.bib-none": "no BibTeX entry found (an entry looks like {example})",
    "reffile.csv-header": "not a CSV header: {problem}",
    "reffile.rw-columns": "not the Retraction Watch CSV: the column(s) {columns} are missing",
    "reffile.csv-width": "{count} columns where the header has {width}",
    "reffile.csv-broken": "broken CSV: {problem}",
    # ------------------------------------------------------------ rendering an article (rendering.py)
    "render.too-large": "This article is too large to render ({chars:,} characters; the limit is {limit:,}); "
                        "showing plain text",
    "render.timed-out": "This article could not be rendered in time ({seconds:g} s limit); showing plain text",
    "render.failed": "This article could not be rendered ({problem}); showing plain text",
    "render.stopped": "the renderer stopped",
    "render.stopped-unexpectedly": "the renderer stopped unexpectedly",
    "render.not-started": "the renderer did not start",
    "render.too-deep": "This article could not be rendered (it is nested too deeply); showing plain text",
    "render.first-chars": "{notice} (the first {chars:,} characters)",
    # ------------------------------------------------------------ input that does not have the right shape
    "invalid.empty-body": "the body is empty",
    "invalid.dismiss-reason": "dismiss: a reason is required",
    "invalid.already-dismissed": "finding {finding} is already dismissed",
    "invalid.already-cites": "claim {claim} already cites reference {reference}",
    "invalid.cited-in-text": "reference {reference} is cited in the claim's text",
    "invalid.empty-selection": "the selection holds no text",
    "invalid.already-covered": "claim {claim} already covers this text",
    "invalid.empty-comment": "comment: the text is empty",
    "invalid.merged-empty": "the merged text is empty",
    # ------------------------------------------------------------ the checks' findings (workstation/checks)
    "finding.citation-unresolved": "This claim cites reference {number}, but the article lists {listed}. Add "
                                   "reference {number} to the reference list or correct the citation number.",
    "finding.listed-none": "no references",
    "finding.listed-count-one": "only {count} reference",
    "finding.listed-count": "only {count} references",
    "finding.listed-one": "only reference {number}",
    "finding.listed-numbers": "references {numbers} and {last}",
    "finding.reference-uncited": "Reference {number}, {reference}, is listed but nothing in the article cites it. "
                                 "Cite it as [{number}] after the claims it supports, or remove it from the "
                                 "reference list.",
    "finding.promotional-title": "The title uses promotional or absolute wording ({terms}) that no treatment can "
                                 "promise. Replace it with neutral, specific wording: what was measured, in whom, "
                                 "and with what risks.",
    "finding.promotional-heading": "This heading uses promotional or absolute wording ({terms}) that no treatment "
                                   "can promise. Replace it with neutral, specific wording: what was measured, in "
                                   "whom, and with what risks.",
    "finding.promotional-sentence": "This sentence uses promotional or absolute wording ({terms}) that no treatment "
                                    "can promise. Replace it with neutral, specific wording: what was measured, in "
                                    "whom, and with what risks.",
    "finding.dangling-lead-in": "This lead-in ends with a colon but is followed by {following}, not by the list it "
                                "announces. Add the missing items as a bulleted list, or rewrite the sentence so "
                                "that it stands on its own.",
    "finding.follows-nothing": "nothing (it ends the article)",
    "finding.follows-heading": "the heading \u201c{heading}\u201d",
    "finding.follows-paragraph": "another paragraph",
    "finding.claim-uncited": "This claim states {kind} (\u201c{words}\u201d) but cites no source. Add a citation "
                             "to the study, guideline or label that supports it, or remove the claim.",
    "finding.reading-level": "The article reads at about grade {grade:.1f} (Flesch-Kincaid), above the grade "
                             "{target:.0f} target for a {audience} audience. {advice}.",
    "finding.shorten": "Shorten long sentences (the longest has {words} words)",
    "finding.shorten-and-explain": "Shorten long sentences (the longest has {words} words) and explain or replace "
                                   "technical words such as {terms}",
    "finding.reference-retracted": "Reference {number}, {reference}, {what} (Retraction Watch record {record}).{reason}{uses} {advice}",
    "retraction.retracted": "was retracted{when}",
    "retraction.concern": "is the subject of an expression of concern{when}",
    "retraction.corrected": "was corrected{when}",
    "retraction.on": " on {date}",
    "retraction.reason": " Reason given: {reason}.",
    "retraction.uses": " {count} passage(s) cite it.",
    "retraction.advice-retracted": "Remove it, or cite it only as a retracted work, and check every claim it supports.",
    "retraction.advice-concern": "Check whether the claims it supports can rest on other evidence.",
    "retraction.advice-corrected": "Check the claims it supports against the corrected version.",
    # ------------------------------------------------------------ attribution-mismatch, unsafe-markup
    "list.and": "{one} and {other}",
    "list.comma": "{one}, {rest}",
    "finding.attribution-mismatch": "This claim names {named} as its source, but {cited}: {problems}. Cite the source the sentence names, or reword the sentence to match {match}.",
    "attribution.year": "the year {year}",
    "attribution.from-one": "it is from {years}",
    "attribution.from-many": "they are from {years}",
    "attribution.another-year-one": "it gives another year",
    "attribution.another-year-many": "they give another year",
    "attribution.unmentioned-one": "its title and source do not mention {names}",
    "attribution.unmentioned-many": "their title and source do not mention {names}",
    "attribution.cited-one": "the cited reference {number}, {reference}, does not bear that out",
    "attribution.cited-many": "none of the cited references ({listed}) bears that out",
    "attribution.match-one": "reference {number}",
    "attribution.match-many": "the cited references",
    "finding.unsafe-markup-title": "Unsafe markup in the title: {problems}. The title is plain text: remove the markup.",
    "finding.unsafe-markup-body": "Unsafe markup in the article body: {problems}. Articles are plain Markdown: remove the HTML or rewrite it as Markdown, and link only to http(s) addresses (scripts, event handlers and javascript: links could run when the article is published).",
    "finding.unsafe-markup-reference": "Unsafe markup in reference {number}: {problems}. Give the reference as plain text with an http(s) link.",
    "markup.other": "{markup} markup",
    "markup.tag": "{tag} tag{handler}{address}",
    "markup.handler": " with an {handler}= event handler",
    "markup.with-address": " with a {scheme} address",
    "markup.link": "a {scheme} link",
    "markup.address": "a {scheme} address",
    "markup.more": "{count} more",
    "markup.field-contains": "its {ref_field} contains {problems}",
    "markup.url-uses": "its url uses {problems}",
    # ------------------------------------------------------------ notifications (workstation/notifications.py)
    "quoted": "“{text}”",
    "notice.changes-requested": "{actor} requested changes on {title}{because}",
    "notice.because": ": {reason}",
    "notice.approved": "{actor} approved {title}",
    "notice.assigned-reviewer": "{actor} assigned you to review {title}{when}",
    "notice.assigned-approver": "{actor} made you the approver of {title}{when}",
    "notice.due": ", due {date}",
    "notice.mention": "{actor} mentioned you on {title}: {excerpt}",
    "notice.due-review": "{title} is due for re-review since {date}",
    # ------------------------------------------------------------ export
    "export.not-approved": "article {article} is {status}: only approved articles are exported",
    "export.unsigned": "article {article}: its approved revision carries no signature",
}
