<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source> (standalone build)</source>
        <translation> (eigenständiger Build)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Review Workstation {0}&lt;/h3&gt;&lt;p&gt;Medical review of health articles: claims checked against their references, Submitted → Under Review → Approved with electronic signatures, a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {2}, PySide6 {3}, Python {4}{frozen}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Review Workstation {0}&lt;/h3&gt;&lt;p&gt;Medizinische Begutachtung von Gesundheitsartikeln: Aussagen werden an ihren Quellen geprüft, Eingereicht → In Prüfung → Freigegeben mit elektronischen Signaturen, ein manipulationssicherer Audit-Trail.&lt;/p&gt;&lt;p&gt;Datenbank: {1}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {2}, PySide6 {3}, Python {4}{frozen}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About Review Workstation</source>
        <translation>Ü&amp;ber Review Workstation</translation>
    </message>
    <message>
        <source>The program&apos;s version</source>
        <translation>Die Version des Programms</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Review Workstation</source>
        <translation>Über Review Workstation</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Users are never deleted (the audit trail names them); an account that is no longer needed is deactivated.</source>
        <translation>Benutzer werden nie gelöscht (der Audit-Trail nennt sie); ein nicht mehr benötigtes Konto wird deaktiviert.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. mlopez (how they sign in)</source>
        <translation>z. B. mlopez (Name für die Anmeldung)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>as printed on signatures, e.g. Dr. Maria Lopez</source>
        <translation>wie auf Signaturen gedruckt, z. B. Dr. Maria Lopez</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation>Bei der ersten Anmeldung ein neues Passwort verlangen</translation>
    </message>
    <message>
        <source>enter a user name</source>
        <translation>Benutzernamen eingeben</translation>
    </message>
</context>
<context>
    <name>AdminTask</name>
    <message>
        <source>reset passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>deactivate users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>reactivate users</source>
        <translation>Benutzer reaktivieren</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>Konten entsperren</translation>
    </message>
    <message>
        <source>change the idle lock</source>
        <translation>die Sperre bei Inaktivität ändern</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Article details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Rendering notice</source>
        <translation>Hinweis zur Darstellung</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Last updated {0}</source>
        <translation>Zuletzt aktualisiert {0}</translation>
    </message>
    <message>
        <source>Last updated: not given</source>
        <translation>Zuletzt aktualisiert: nicht angegeben</translation>
    </message>
    <message>
        <source>Revision {revision_number}</source>
        <translation>Fassung {revision_number}</translation>
    </message>
    <message>
        <source>Reviewer: {assigned_reviewer}</source>
        <translation>Gutachter: {assigned_reviewer}</translation>
    </message>
    <message>
        <source>No reviewer assigned</source>
        <translation>Kein Gutachter zugewiesen</translation>
    </message>
    <message>
        <source>Next review {0}</source>
        <translation>Nächste Prüfung {0}</translation>
    </message>
    <message>
        <source> (due)</source>
        <translation> (fällig)</translation>
    </message>
    <message>
        <source>⚠ Cites retracted work: reference {0}</source>
        <translation>⚠ Zitiert zurückgezogene Arbeit: Quelle {0}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>AssignAction</name>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>No user is signed in</source>
        <translation>Kein Benutzer ist angemeldet</translation>
    </message>
    <message>
        <source>Only approvers and admins assign reviews</source>
        <translation>Nur Freigeber und Administratoren weisen Begutachtungen zu</translation>
    </message>
    <message>
        <source>Select an article first</source>
        <translation>Zuerst einen Artikel auswählen</translation>
    </message>
    <message>
        <source>Assign the reviewer, the approver and the due date</source>
        <translation>Gutachter, Freigeber und Fälligkeitsdatum zuweisen</translation>
    </message>
    <message>
        <source>Assign: {why}</source>
        <translation>Zuweisen: {why}</translation>
    </message>
    <message>
        <source>Assigned: reviewer {0}, approver {1}</source>
        <translation>Zugewiesen: Gutachter {0}, Freigeber {1}</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, fällig am {0}</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Wird zugewiesen</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the review</source>
        <translation>Begutachtung zuweisen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Gutachter</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>The reviewer cannot also be the approver (four eyes).</source>
        <translation>Der Gutachter kann nicht zugleich Freigeber sein (Vier-Augen-Prinzip).</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>caregiver</source>
        <translation>Pflegende</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Fachpersonal</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Save a verified copy of the database (it may stay open and in use meanwhile)</source>
        <translation>Eine geprüfte Kopie der Datenbank speichern (sie darf währenddessen geöffnet und in Gebrauch bleiben)</translation>
    </message>
    <message>
        <source>Review Workstation backups (*.db);;All files (*)</source>
        <translation>Review-Workstation-Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Back up: a team database (PostgreSQL) is backed up with pg_dump on the server</source>
        <translation>Sichern: Eine Team-Datenbank (PostgreSQL) wird mit pg_dump auf dem Server gesichert</translation>
    </message>
    <message>
        <source>Back up: nobody is signed in (File → Sign in…)</source>
        <translation>Sichern: Niemand ist angemeldet (Datei → Anmelden…)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Datenbank wird gesichert</translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was kept</source>
        <translation>Sicherung abgebrochen: Es wurde nichts behalten</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size})</source>
        <translation>Gesichert nach {file} ({size})</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>The database was copied to
{file}

{size}; integrity checked; the audit trail in the copy verifies ({0} events). The backup is recorded in the audit trail as event {1}.</source>
        <translation>Die Datenbank wurde kopiert nach
{file}

{size}; Integrität geprüft; der Audit-Trail der Kopie ist gültig ({0} Ereignisse). Die Sicherung ist im Audit-Trail als Ereignis {1} verzeichnet.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{0} bars. {HOW_TO}</source>
        <translation>{0} Balken. {HOW_TO}</translation>
    </message>
    <message>
        <source>No bars.</source>
        <translation>Keine Balken.</translation>
    </message>
    <message>
        <source>{0} (bar {position} of {1}). {HOW_TO}</source>
        <translation>{0} (Balken {position} von {1}). {HOW_TO}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>An administrator reset the password of {who} ({name}). Choose your own before you continue. Your current password is the one the administrator gave you.</source>
        <translation>Ein Administrator hat das Passwort von {who} ({name}) zurückgesetzt. Wählen Sie ein eigenes, bevor Sie fortfahren. Ihr aktuelles Passwort ist das, welches Ihnen der Administrator gegeben hat.</translation>
    </message>
    <message>
        <source>Signed in as {who} ({name}).</source>
        <translation>Angemeldet als {who} ({name}).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation>aktuelles Passwort eingeben</translation>
    </message>
    <message>
        <source>the two new passwords differ</source>
        <translation>die beiden neuen Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Arrow keys move between the bars; Enter shows a bar&apos;s articles in the library.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Balken; die Eingabetaste zeigt die Artikel eines Balkens in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>— no verdict —</source>
        <translation>— keine Bewertung —</translation>
    </message>
    <message>
        <source>Quote or locate the supporting passage</source>
        <translation>Die stützende Textstelle zitieren oder angeben</translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation>Notiz des Gutachters</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>J / K: next / previous claim · 1–5: set the verdict</source>
        <translation>J / K: nächste / vorige Aussage · 1–5: Bewertung setzen</translation>
    </message>
    <message>
        <source>Cited references</source>
        <translation>Zitierte Quellen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Cited references of the selected claim</source>
        <translation>Zitierte Quellen der ausgewählten Aussage</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Select a claim or a passage, then write a comment below.</source>
        <translation>Eine Aussage oder Textstelle auswählen, dann unten einen Kommentar schreiben.</translation>
    </message>
    <message>
        <source>resolved by {resolved_by}</source>
        <translation>erledigt von {resolved_by}</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>on claim {0}</source>
        <translation>zu Aussage {0}</translation>
    </message>
    <message>
        <source>on “{0}{1}”</source>
        <translation>zu „{0}{1}“</translation>
    </message>
    <message>
        <source>Adding the comment</source>
        <translation>Kommentar wird hinzugefügt</translation>
    </message>
    <message>
        <source>Resolving the comment</source>
        <translation>Kommentar wird erledigt</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Comment on the selected passage or the article</source>
        <translation>Kommentar zur ausgewählten Textstelle oder zum Artikel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
</context>
<context>
    <name>CoreAction</name>
    <message>
        <source>Start review</source>
        <translation>Begutachtung starten</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>workflow: the article is already {status}</source>
        <translation>Arbeitsablauf: Der Artikel ist bereits {status}</translation>
    </message>
    <message>
        <source>workflow: no step from {source} to {target}; from {source} the article can go to {targets}</source>
        <translation>Arbeitsablauf: Es gibt keinen Schritt von {source} nach {target}; von {source} kann der Artikel nach {targets}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>workflow: &apos;{action}&apos; is possible only from {source}; the article is {status}</source>
        <translation>Arbeitsablauf: „{action}“ ist nur aus {source} möglich; der Artikel ist {status}</translation>
    </message>
    <message>
        <source>workflow: article {article} has no revision to approve</source>
        <translation>Arbeitsablauf: Artikel {article} hat keine Revision, die freigegeben werden könnte</translation>
    </message>
    <message>
        <source>role: a {role} may not {step}; only {allowed} may</source>
        <translation>Rolle: Ein {role} darf nicht {step}; das dürfen nur: {allowed}</translation>
    </message>
    <message>
        <source>role: an {role} may not {step}; only {allowed} may</source>
        <translation>Rolle: Ein {role} darf nicht {step}; das dürfen nur: {allowed}</translation>
    </message>
    <message>
        <source>separation of duties: nobody approves an article they authored</source>
        <translation>Funktionstrennung: Niemand gibt einen Artikel frei, den er selbst verfasst hat</translation>
    </message>
    <message>
        <source>separation of duties: nobody approves an article they last edited</source>
        <translation>Funktionstrennung: Niemand gibt einen Artikel frei, den er zuletzt bearbeitet hat</translation>
    </message>
    <message>
        <source>reason required: say why you {step}</source>
        <translation>Begründung erforderlich: Geben Sie an, warum Sie {step}</translation>
    </message>
    <message>
        <source>approval blocked: {summary}</source>
        <translation>Freigabe blockiert: {summary}</translation>
    </message>
    <message>
        <source>{summary}: {items}{more}</source>
        <translation>{summary}: {items}{more}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>{count} citation(s) without a verdict</source>
        <translation>{count} Zitierung(en) ohne Bewertung</translation>
    </message>
    <message>
        <source>{count} open error finding(s)</source>
        <translation>{count} offene(r) Fehlerbefund(e)</translation>
    </message>
    <message>
        <source>{count} unresolved not-supported/contradicted verdict(s)</source>
        <translation>{count} ungeklärte Bewertung(en) „nicht gestützt“/„widersprochen“</translation>
    </message>
    <message>
        <source>claim {claim} cites [{reference}] without a verdict</source>
        <translation>Aussage {claim} zitiert [{reference}] ohne Bewertung</translation>
    </message>
    <message>
        <source>open error finding {finding} ({code}): {message}</source>
        <translation>offener Fehlerbefund {finding} ({code}): {message}</translation>
    </message>
    <message>
        <source>claim {claim} is judged {verdict} by reference [{reference}] and has not been revised</source>
        <translation>Aussage {claim} ist nach Quelle [{reference}] als „{verdict}“ bewertet und wurde nicht überarbeitet</translation>
    </message>
    <message>
        <source>electronic signature: the meaning must be one of: {meanings} (not {given})</source>
        <translation>Elektronische Signatur: Die Bedeutung muss eine der folgenden sein: {meanings} (nicht {given})</translation>
    </message>
    <message>
        <source>electronic signature: {user} has no password and cannot sign</source>
        <translation>Elektronische Signatur: {user} hat kein Passwort und kann nicht signieren</translation>
    </message>
    <message>
        <source>electronic signature: enter your password to sign the approval</source>
        <translation>Elektronische Signatur: Geben Sie Ihr Passwort ein, um die Freigabe zu signieren</translation>
    </message>
    <message>
        <source>electronic signature: the password is wrong; the approval was not signed</source>
        <translation>Elektronische Signatur: Das Passwort ist falsch; die Freigabe wurde nicht signiert</translation>
    </message>
    <message>
        <source>electronic signature: revision {revision} no longer matches its content hash; it cannot be signed</source>
        <translation>Elektronische Signatur: Revision {revision} stimmt nicht mehr mit ihrem Inhalts-Hash überein; sie kann nicht signiert werden</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>wrong user name or password ({left} attempt(s) left before the account locks)</source>
        <translation>Falscher Benutzername oder falsches Passwort (noch {left} Versuch(e), bevor das Konto gesperrt wird)</translation>
    </message>
    <message>
        <source>wrong user name or password; the account is locked until an admin unlocks it</source>
        <translation>Falscher Benutzername oder falsches Passwort; das Konto ist gesperrt, bis ein Administrator es entsperrt</translation>
    </message>
    <message>
        <source>wrong user name or password; the account is now locked until an admin unlocks it</source>
        <translation>Falscher Benutzername oder falsches Passwort; das Konto ist jetzt gesperrt, bis ein Administrator es entsperrt</translation>
    </message>
    <message>
        <source>{name}&apos;s account is deactivated</source>
        <translation>Das Konto von {name} ist deaktiviert</translation>
    </message>
    <message>
        <source>{name}&apos;s account is locked after {count} failed sign-ins; an admin must unlock it</source>
        <translation>Das Konto von {name} ist nach {count} fehlgeschlagenen Anmeldungen gesperrt; ein Administrator muss es entsperren</translation>
    </message>
    <message>
        <source>{name} has no password yet; an admin sets one with &apos;users passwd {name}&apos;</source>
        <translation>{name} hat noch kein Passwort; ein Administrator legt es mit „users passwd {name}“ fest</translation>
    </message>
    <message>
        <source>password: at least {count} characters</source>
        <translation>Passwort: mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>password: at most {count} characters</source>
        <translation>Passwort: höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>password: this is a commonly used password; choose another (a phrase of a few words works well)</source>
        <translation>Passwort: Dieses Passwort wird häufig verwendet; wählen Sie ein anderes (ein Satz aus einigen Wörtern eignet sich gut)</translation>
    </message>
    <message>
        <source>password: it must not be the user name</source>
        <translation>Passwort: Es darf nicht der Benutzername sein</translation>
    </message>
    <message>
        <source>the current password is wrong; the password was not changed</source>
        <translation>Das aktuelle Passwort ist falsch; das Passwort wurde nicht geändert</translation>
    </message>
    <message>
        <source>password: choose a password different from the current one</source>
        <translation>Passwort: Wählen Sie ein anderes Passwort als das aktuelle</translation>
    </message>
    <message>
        <source>password: the first admin needs one to sign in</source>
        <translation>Passwort: Der erste Administrator braucht eines, um sich anzumelden</translation>
    </message>
    <message>
        <source>sign-in required: {name} is not the user signed in at this desk</source>
        <translation>Anmeldung erforderlich: {name} ist nicht der an diesem Arbeitsplatz angemeldete Benutzer</translation>
    </message>
    <message>
        <source>user name: 1 to 63 characters on one line, without quotes or backslashes</source>
        <translation>Benutzername: 1 bis 63 Zeichen in einer Zeile, ohne Anführungszeichen oder Backslashes</translation>
    </message>
    <message>
        <source>role: one of {allowed}, not {given}</source>
        <translation>Rolle: eine von {allowed}, nicht {given}</translation>
    </message>
    <message>
        <source>no user named {name}: an admin adds one with &apos;workstation users add NAME --role ROLE&apos;</source>
        <translation>Kein Benutzer namens {name}: Ein Administrator legt ihn mit „workstation users add NAME --role ROLE“ an</translation>
    </message>
    <message>
        <source>{name} is the last active admin; make another user admin first</source>
        <translation>{name} ist der letzte aktive Administrator; machen Sie zuerst einen anderen Benutzer zum Administrator</translation>
    </message>
    <message>
        <source>the first user of a database must be an admin</source>
        <translation>Der erste Benutzer einer Datenbank muss Administrator sein</translation>
    </message>
    <message>
        <source>a user named {name} already exists</source>
        <translation>Ein Benutzer namens {name} existiert bereits</translation>
    </message>
    <message>
        <source>idle lock: 0 to {most} minutes</source>
        <translation>Sperre bei Inaktivität: 0 bis {most} Minuten</translation>
    </message>
    <message>
        <source>sign-in required: only a signed-in admin may {task}</source>
        <translation>Anmeldung erforderlich: Nur ein angemeldeter Administrator darf {task}</translation>
    </message>
    <message>
        <source>role: only an admin may {task}; {name} is {role}</source>
        <translation>Rolle: Nur ein Administrator darf {task}; {name} ist {role}</translation>
    </message>
    <message>
        <source>team mode needs a PostgreSQL database; a SQLite file serves one desk</source>
        <translation>Der Teambetrieb braucht eine PostgreSQL-Datenbank; eine SQLite-Datei dient einem einzelnen Arbeitsplatz</translation>
    </message>
    <message>
        <source>approved record: article {article} is Approved and signed, so its {what} cannot change; reopen it first (give a reason), which supersedes the signature</source>
        <translation>Freigegebener Datensatz: Artikel {article} ist freigegeben und signiert, daher können seine {what} nicht geändert werden; öffnen Sie ihn zuerst wieder (mit Begründung), wodurch die Signatur ersetzt wird</translation>
    </message>
    <message>
        <source>review record (undo &apos;{label}&apos;)</source>
        <translation>Prüfergebnisse (Rückgängig: „{label}“)</translation>
    </message>
    <message>
        <source>review record (redo &apos;{label}&apos;)</source>
        <translation>Prüfergebnisse (Wiederholen: „{label}“)</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: {why}</source>
        <translation>„{label}“ kann nicht rückgängig gemacht werden: {why}</translation>
    </message>
    <message>
        <source>cannot redo &apos;{label}&apos;: {why}</source>
        <translation>„{label}“ kann nicht wiederholt werden: {why}</translation>
    </message>
    <message>
        <source>it was changed since by someone else</source>
        <translation>es wurde seitdem von jemand anderem geändert</translation>
    </message>
    <message>
        <source>it was changed since by {name} ({event_action}, event {event}, {at} UTC)</source>
        <translation>es wurde seitdem von {name} geändert ({event_action}, Ereignis {event}, {at} UTC)</translation>
    </message>
    <message>
        <source>concurrent change: article {article} was changed by someone else since version {expected}{now}; reload it and try again</source>
        <translation>Gleichzeitige Änderung: Artikel {article} wurde seit Version {expected} von jemand anderem geändert{now}; laden Sie ihn neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source> (now version {current})</source>
        <translation> (jetzt Version {current})</translation>
    </message>
    <message>
        <source>article {article} was changed by someone else (version {current}, you edited version {expected}): reload and try again</source>
        <translation>Artikel {article} wurde von jemand anderem geändert (Version {current}, Sie haben Version {expected} bearbeitet): neu laden und noch einmal versuchen</translation>
    </message>
    <message>
        <source>the database is busy: another program or desk held its write lock for more than {seconds:g} s; nothing was changed, try again</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm oder ein anderer Arbeitsplatz hielt die Schreibsperre länger als {seconds:g} s; nichts wurde geändert, versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>Das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this is a {format} reference file, not an article: import it into the reference library (&apos;workstation references import&apos;, or File → Import references…)</source>
        <translation>Das ist eine {format}-Literaturdatei, kein Artikel: Importieren Sie sie in die Literaturdatenbank („workstation references import“ oder Datei → Quellen importieren…)</translation>
    </message>
    <message>
        <source>cannot read the file: {problem}</source>
        <translation>Die Datei kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>the file is {size:.1f} MB; articles larger than {limit} MB are refused</source>
        <translation>Die Datei ist {size:.1f} MB groß; Artikel über {limit} MB werden abgelehnt</translation>
    </message>
    <message>
        <source>the content is {size:.1f} MB; articles larger than {limit} MB are refused</source>
        <translation>Der Inhalt ist {size:.1f} MB groß; Artikel über {limit} MB werden abgelehnt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>the file contains NUL bytes (first at byte {offset}): it looks like a binary file, not an article</source>
        <translation>Die Datei enthält NUL-Bytes (das erste bei Byte {offset}): Sie sieht nach einer Binärdatei aus, nicht nach einem Artikel</translation>
    </message>
    <message>
        <source>the file contains control characters: it looks like a binary file, not an article</source>
        <translation>Die Datei enthält Steuerzeichen: Sie sieht nach einer Binärdatei aus, nicht nach einem Artikel</translation>
    </message>
    <message>
        <source>the file is nested too deeply to read</source>
        <translation>Die Datei ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>the article has no body text</source>
        <translation>Der Artikel hat keinen Text</translation>
    </message>
    <message>
        <source>front matter: the opening &apos;---&apos; has no closing &apos;---&apos; line</source>
        <translation>Front Matter: Zum öffnenden „---“ fehlt die schließende „---“-Zeile</translation>
    </message>
    <message>
        <source>front matter: missing; &apos;title&apos; is required</source>
        <translation>Front Matter: fehlt; „title“ ist erforderlich</translation>
    </message>
    <message>
        <source>front matter: &apos;{key}&apos; is required</source>
        <translation>Front Matter: „{key}“ ist erforderlich</translation>
    </message>
    <message>
        <source>front matter: &apos;{key}&apos; is empty</source>
        <translation>Front Matter: „{key}“ ist leer</translation>
    </message>
    <message>
        <source>front matter: &apos;audience&apos; must be one of {audiences}, not {given}</source>
        <translation>Front Matter: „audience“ muss eines von {audiences} sein, nicht {given}</translation>
    </message>
    <message>
        <source>front matter: &apos;{key}&apos; must be an ISO date such as 2025-04-23, not {given}</source>
        <translation>Front Matter: „{key}“ muss ein ISO-Datum wie 2025-04-23 sein, nicht {given}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source> (line {line}, column {column})</source>
        <translation> (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>front matter: malformed YAML{where}: {problem}</source>
        <translation>Front Matter: fehlerhaftes YAML{where}: {problem}</translation>
    </message>
    <message>
        <source>front matter: expected &apos;key: value&apos; pairs, found {found}</source>
        <translation>Front Matter: „Schlüssel: Wert“-Paare erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>front matter: &apos;{key}&apos; must be text, not {found}</source>
        <translation>Front Matter: „{key}“ muss Text sein, nicht {found}</translation>
    </message>
    <message>
        <source>front matter: &apos;{key}&apos; contains a NUL character</source>
        <translation>Front Matter: „{key}“ enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>front matter: &apos;status&apos;: {problem}</source>
        <translation>Front Matter: „status“: {problem}</translation>
    </message>
    <message>
        <source>front matter: &apos;authors&apos; must be a list of names</source>
        <translation>Front Matter: „authors“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>front matter: &apos;references&apos; must be a list, not {found}</source>
        <translation>Front Matter: „references“ muss eine Liste sein, nicht {found}</translation>
    </message>
    <message>
        <source>front matter: &apos;references&apos; lists more than {count} entries</source>
        <translation>Front Matter: „references“ enthält mehr als {count} Einträge</translation>
    </message>
    <message>
        <source>front matter: &apos;references&apos; item {position}</source>
        <translation>Front Matter: „references“, Eintrag {position}</translation>
    </message>
    <message>
        <source>{where} must be a mapping (type, title, source, year …), not {found}</source>
        <translation>{where} muss eine Zuordnung sein (type, title, source, year …), nicht {found}</translation>
    </message>
    <message>
        <source>{where}: &apos;type&apos; must be one of {types}, not {given}</source>
        <translation>{where}: „type“ muss eines von {types} sein, nicht {given}</translation>
    </message>
    <message>
        <source>{where}: &apos;number&apos; must be a positive whole number, not {given}</source>
        <translation>{where}: „number“ muss eine positive ganze Zahl sein, nicht {given}</translation>
    </message>
    <message>
        <source>{where}: &apos;year&apos; must be a year such as 2024, not {given}</source>
        <translation>{where}: „year“ muss eine Jahreszahl wie 2024 sein, nicht {given}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be text, not {found}</source>
        <translation>{where}: „{key}“ muss Text sein, nicht {found}</translation>
    </message>
    <message>
        <source>front matter: &apos;references&apos; numbers must be unique</source>
        <translation>Front Matter: Die Nummern in „references“ müssen eindeutig sein</translation>
    </message>
    <message>
        <source>this is an HTML file: save the page as text (or Markdown) and import that</source>
        <translation>Das ist eine HTML-Datei: Speichern Sie die Seite als Text (oder Markdown) und importieren Sie diese</translation>
    </message>
    <message>
        <source>no article text found: the file holds only site furniture or blank lines</source>
        <translation>Kein Artikeltext gefunden: Die Datei enthält nur Seitenelemente oder Leerzeilen</translation>
    </message>
    <message>
        <source>no article text found: the page has a title but no paragraphs</source>
        <translation>Kein Artikeltext gefunden: Die Seite hat einen Titel, aber keine Absätze</translation>
    </message>
    <message>
        <source>merge: choose two different records</source>
        <translation>Zusammenführen: Wählen Sie zwei verschiedene Datensätze</translation>
    </message>
    <message>
        <source>format: PDF export needs the desktop renderer</source>
        <translation>Format: Der PDF-Export braucht den Desktop-Renderer</translation>
    </message>
    <message>
        <source>evidence: reference {reference} has no document to select a passage in</source>
        <translation>Beleg: Quelle {reference} hat kein Dokument, in dem sich eine Passage auswählen ließe</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>record {index}{line}: {problem}</source>
        <translation>Datensatz {index}{line}: {problem}</translation>
    </message>
    <message>
        <source> (line {line})</source>
        <translation> (Zeile {line})</translation>
    </message>
    <message>
        <source>the file contains NUL bytes (first at byte {offset}): it is not a reference file</source>
        <translation>Die Datei enthält NUL-Bytes (erstes bei Byte {offset}): Sie ist keine Literaturdatei</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte {offset}: 0x{byte}); export the file as UTF-8</source>
        <translation>kein gültiges UTF-8 (Byte {offset}: 0x{byte}); exportieren Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not a reference file: expected RIS (.ris), BibTeX (.bib), PubMed/MEDLINE (.nbib) or CSL-JSON (.json)</source>
        <translation>Keine Literaturdatei: erwartet wird RIS (.ris), BibTeX (.bib), PubMed/MEDLINE (.nbib) oder CSL-JSON (.json)</translation>
    </message>
    <message>
        <source>unknown reference format {given}: one of {formats}</source>
        <translation>Unbekanntes Literaturformat {given}: eines von {formats}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (column {column})</source>
        <translation>kein gültiges JSON: {problem} (Spalte {column})</translation>
    </message>
    <message>
        <source>the file holds an empty list: no CSL-JSON item to read</source>
        <translation>die Datei enthält eine leere Liste: kein CSL-JSON-Eintrag zu lesen</translation>
    </message>
    <message>
        <source>item {index}: a CSL-JSON item is an object, not {type_name}</source>
        <translation>Eintrag {index}: Ein CSL-JSON-Eintrag ist ein Objekt, nicht {type_name}</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>der Eintrag</translation>
    </message>
    <message>
        <source>item {name}: {where}: {problem}</source>
        <translation>Eintrag {name}: {where}: {problem}</translation>
    </message>
    <message>
        <source>item {name}: it has no title, DOI or PMID</source>
        <translation>Eintrag {name}: Er hat weder Titel noch DOI oder PMID</translation>
    </message>
    <message>
        <source>expected &apos;TY  - &apos; to start the next record, found {found}</source>
        <translation>„TY  - “ am Beginn des nächsten Datensatzes erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>the tag {tag} stands outside a record (a record opens with &apos;TY  - &apos;)</source>
        <translation>das Feld {tag} steht außerhalb eines Datensatzes (ein Datensatz beginnt mit „TY  - “)</translation>
    </message>
    <message>
        <source>a new record starts before the one opened on line {opened} ended (no &apos;ER  -&apos;)</source>
        <translation>ein neuer Datensatz beginnt, bevor der in Zeile {opened} begonnene endet (kein „ER  -“)</translation>
    </message>
    <message>
        <source>this record is never closed (no &apos;ER  -&apos; line)</source>
        <translation>dieser Datensatz wird nie geschlossen (keine Zeile „ER  -“)</translation>
    </message>
    <message>
        <source>no RIS record found (a record opens with &apos;TY  - &apos;)</source>
        <translation>kein RIS-Datensatz gefunden (ein Datensatz beginnt mit „TY  - “)</translation>
    </message>
    <message>
        <source>it has no title (TI), DOI (DO) or PubMed id</source>
        <translation>er hat weder Titel (TI) noch DOI (DO) oder PubMed-ID</translation>
    </message>
    <message>
        <source>{opened} records opened but {read} read</source>
        <translation>{opened} Datensätze begonnen, aber {read} gelesen</translation>
    </message>
    <message>
        <source>expected a MEDLINE tag such as &apos;TI  - &apos; or a continuation, found {found}</source>
        <translation>ein MEDLINE-Feld wie „TI  - “ oder eine Fortsetzung erwartet, gefunden: {found}</translation>
    </message>
    <message>
        <source>a record must start with &apos;PMID- &apos;, not {tag}</source>
        <translation>ein Datensatz muss mit „PMID- “ beginnen, nicht mit {tag}</translation>
    </message>
    <message>
        <source>no MEDLINE record found (a record starts with &apos;PMID- &apos;)</source>
        <translation>kein MEDLINE-Datensatz gefunden (ein Datensatz beginnt mit „PMID- “)</translation>
    </message>
    <message>
        <source>the PMID {pmid} is not a PubMed id</source>
        <translation>die PMID {pmid} ist keine PubMed-ID</translation>
    </message>
    <message>
        <source>the key {key} is used by an earlier entry</source>
        <translation>der Schlüssel {key} wird schon von einem früheren Eintrag verwendet</translation>
    </message>
    <message>
        <source>{problem} ({raw})</source>
        <translation>{problem} ({raw})</translation>
    </message>
    <message>
        <source>it is not valid BibTeX</source>
        <translation>das ist kein gültiges BibTeX</translation>
    </message>
    <message>
        <source>no BibTeX entry found (an entry looks like {example})</source>
        <translation>kein BibTeX-Eintrag gefunden (ein Eintrag sieht so aus: {example})</translation>
    </message>
    <message>
        <source>not a CSV header: {problem}</source>
        <translation>keine CSV-Kopfzeile: {problem}</translation>
    </message>
    <message>
        <source>not the Retraction Watch CSV: the column(s) {columns} are missing</source>
        <translation>nicht die Retraction-Watch-CSV: Es fehlen die Spalte(n) {columns}</translation>
    </message>
    <message>
        <source>{count} columns where the header has {width}</source>
        <translation>{count} Spalten, wo die Kopfzeile {width} hat</translation>
    </message>
    <message>
        <source>broken CSV: {problem}</source>
        <translation>fehlerhafte CSV: {problem}</translation>
    </message>
    <message>
        <source>This article is too large to render ({chars:,} characters; the limit is {limit:,}); showing plain text</source>
        <translation>Dieser Artikel ist zu groß für die Darstellung ({chars:,} Zeichen; die Grenze liegt bei {limit:,}); er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>This article could not be rendered in time ({seconds:g} s limit); showing plain text</source>
        <translation>Dieser Artikel konnte nicht rechtzeitig dargestellt werden (Grenze {seconds:g} s); er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>This article could not be rendered ({problem}); showing plain text</source>
        <translation>Dieser Artikel konnte nicht dargestellt werden ({problem}); er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>the renderer stopped</source>
        <translation>der Darsteller wurde beendet</translation>
    </message>
    <message>
        <source>the renderer stopped unexpectedly</source>
        <translation>der Darsteller wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>the renderer did not start</source>
        <translation>der Darsteller ist nicht gestartet</translation>
    </message>
    <message>
        <source>This article could not be rendered (it is nested too deeply); showing plain text</source>
        <translation>Dieser Artikel konnte nicht dargestellt werden (er ist zu tief verschachtelt); er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>{notice} (the first {chars:,} characters)</source>
        <translation>{notice} (die ersten {chars:,} Zeichen)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>Der Text ist leer</translation>
    </message>
    <message>
        <source>dismiss: a reason is required</source>
        <translation>Verwerfen: Eine Begründung ist erforderlich</translation>
    </message>
    <message>
        <source>finding {finding} is already dismissed</source>
        <translation>Befund {finding} ist bereits verworfen</translation>
    </message>
    <message>
        <source>claim {claim} already cites reference {reference}</source>
        <translation>Aussage {claim} zitiert Quelle {reference} bereits</translation>
    </message>
    <message>
        <source>reference {reference} is cited in the claim&apos;s text</source>
        <translation>Quelle {reference} wird im Text der Aussage zitiert</translation>
    </message>
    <message>
        <source>the selection holds no text</source>
        <translation>Die Auswahl enthält keinen Text</translation>
    </message>
    <message>
        <source>claim {claim} already covers this text</source>
        <translation>Aussage {claim} umfasst diesen Text bereits</translation>
    </message>
    <message>
        <source>comment: the text is empty</source>
        <translation>Kommentar: Der Text ist leer</translation>
    </message>
    <message>
        <source>the merged text is empty</source>
        <translation>Der zusammengeführte Text ist leer</translation>
    </message>
    <message>
        <source>claim {claim} has no verdict on reference {reference}</source>
        <translation>Aussage {claim} hat keine Bewertung zu Quelle {reference}</translation>
    </message>
    <message>
        <source>reference: a positive number</source>
        <translation>Quelle: eine positive Zahl</translation>
    </message>
    <message>
        <source>the selection {start}..{end} is not inside the body (0..{length})</source>
        <translation>Die Auswahl {start}..{end} liegt nicht im Text (0..{length})</translation>
    </message>
    <message>
        <source>claim {claim} is not anchored in the current revision</source>
        <translation>Aussage {claim} ist nicht in der aktuellen Revision verankert</translation>
    </message>
    <message>
        <source>offset {at} is not inside claim {claim} ({start}..{end})</source>
        <translation>Position {at} liegt nicht in Aussage {claim} ({start}..{end})</translation>
    </message>
    <message>
        <source>merge: name at least two claims</source>
        <translation>Zusammenführen: Nennen Sie mindestens zwei Aussagen</translation>
    </message>
    <message>
        <source>merge: the claims belong to different articles</source>
        <translation>Zusammenführen: Die Aussagen gehören zu verschiedenen Artikeln</translation>
    </message>
    <message>
        <source>merge: only adjacent claims can be merged (another claim lies between)</source>
        <translation>Zusammenführen: Nur benachbarte Aussagen lassen sich zusammenführen (dazwischen liegt eine andere Aussage)</translation>
    </message>
    <message>
        <source>due: a date as YYYY-MM-DD, not {given}</source>
        <translation>Fällig: ein Datum als JJJJ-MM-TT, nicht {given}</translation>
    </message>
    <message>
        <source>due: {date} is in the past</source>
        <translation>Fällig: {date} liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>role: {name} is {role}; only approvers and admins assign reviews</source>
        <translation>Rolle: {name} ist {role}; nur Freigeber und Administratoren weisen Begutachtungen zu</translation>
    </message>
    <message>
        <source>separation of duties: the reviewer cannot also be the approver</source>
        <translation>Funktionstrennung: Der Gutachter kann nicht auch der Freigeber sein</translation>
    </message>
    <message>
        <source>reviewer: {name} is {role}; the reviewer must be {roles_or}</source>
        <translation>Gutachter: {name} ist {role}; der Gutachter muss {roles_or} sein</translation>
    </message>
    <message>
        <source>approver: {name} is {role}; the approver must be {roles_or}</source>
        <translation>Freigeber: {name} ist {role}; der Freigeber muss {roles_or} sein</translation>
    </message>
    <message>
        <source>{name} is {role}: only {allowed} may {review_task}</source>
        <translation>{name} ist {role}: Nur {allowed} dürfen {review_task}</translation>
    </message>
    <message>
        <source>verdict: one of {verdicts}, not {given}</source>
        <translation>Bewertung: eine von {verdicts}, nicht {given}</translation>
    </message>
    <message>
        <source>claim {claim} belongs to another article</source>
        <translation>Aussage {claim} gehört zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>comment {comment} belongs to another article</source>
        <translation>Kommentar {comment} gehört zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>comment {comment} is already resolved</source>
        <translation>Kommentar {comment} ist bereits erledigt</translation>
    </message>
    <message>
        <source>comment {comment} is already open</source>
        <translation>Kommentar {comment} ist bereits offen</translation>
    </message>
    <message>
        <source>comment: at most {count} characters</source>
        <translation>Kommentar: höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>comment: the selection {start}..{end} is not inside the body (0..{length})</source>
        <translation>Kommentar: Die Auswahl {start}..{end} liegt nicht im Text (0..{length})</translation>
    </message>
    <message>
        <source>review interval: a whole number of months from 1 to {most}</source>
        <translation>Prüfintervall: eine ganze Zahl von Monaten von 1 bis {most}</translation>
    </message>
    <message>
        <source>role: only an admin sets the review interval</source>
        <translation>Rolle: Nur ein Administrator legt das Prüfintervall fest</translation>
    </message>
    <message>
        <source>sign-in required: say who acts (--as USER) and give that user&apos;s password</source>
        <translation>Anmeldung erforderlich: Sagen Sie, wer handelt (--as USER), und geben Sie dessen Passwort an</translation>
    </message>
    <message>
        <source>sign-in required: {name} has not signed in with their password</source>
        <translation>Anmeldung erforderlich: {name} hat sich nicht mit dem eigenen Passwort angemeldet</translation>
    </message>
    <message>
        <source>{name} must choose a new password before anything else (an admin reset it): &apos;workstation users passwd&apos;</source>
        <translation>{name} muss vor allem anderen ein neues Passwort wählen (ein Administrator hat es zurückgesetzt): „workstation users passwd“</translation>
    </message>
    <message>
        <source>choice: one of {choices}, not {given}</source>
        <translation>Auswahl: eine von {choices}, nicht {given}</translation>
    </message>
    <message>
        <source>claim {claim} does not cite reference {reference}</source>
        <translation>Aussage {claim} zitiert Quelle {reference} nicht</translation>
    </message>
    <message>
        <source>reference {reference} of article {article} has no document attached: attach one first (workstation references attach)</source>
        <translation>An Quelle {reference} von Artikel {article} hängt kein Dokument: Hängen Sie zuerst eines an (workstation references attach)</translation>
    </message>
    <message>
        <source>This claim cites reference {number}, but the article lists {listed}. Add reference {number} to the reference list or correct the citation number.</source>
        <translation>Diese Aussage zitiert Quelle {number}, der Artikel führt aber {listed} auf. Ergänzen Sie Quelle {number} im Quellenverzeichnis oder korrigieren Sie die Zitiernummer.</translation>
    </message>
    <message>
        <source>This claim cites {citation}, but no entry of the reference list ({listed}) is by that author in that year. Add the work to the reference list or correct the citation.</source>
        <translation>Diese Aussage zitiert {citation}, aber kein Eintrag im Quellenverzeichnis ({listed}) stammt von diesem Autor aus diesem Jahr. Ergänzen Sie das Werk im Quellenverzeichnis oder korrigieren Sie das Zitat.</translation>
    </message>
    <message>
        <source>no references</source>
        <translation>keine Quellen</translation>
    </message>
    <message>
        <source>only {count} reference</source>
        <translation>nur {count} Quelle</translation>
    </message>
    <message>
        <source>only {count} references</source>
        <translation>nur {count} Quellen</translation>
    </message>
    <message>
        <source>only reference {number}</source>
        <translation>nur Quelle {number}</translation>
    </message>
    <message>
        <source>references {numbers} and {last}</source>
        <translation>die Quellen {numbers} und {last}</translation>
    </message>
    <message>
        <source>Reference {number}, {reference}, is listed but nothing in the article cites it. Cite it as [{number}] after the claims it supports, or remove it from the reference list.</source>
        <translation>Quelle {number}, {reference}, ist aufgeführt, wird im Artikel aber nirgends zitiert. Zitieren Sie sie als [{number}] nach den Aussagen, die sie stützt, oder entfernen Sie sie aus dem Quellenverzeichnis.</translation>
    </message>
    <message>
        <source>The title uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks.</source>
        <translation>Der Titel verwendet werbende oder absolute Formulierungen ({terms}), die keine Behandlung versprechen kann. Ersetzen Sie sie durch neutrale, genaue Angaben: was gemessen wurde, bei wem und mit welchen Risiken.</translation>
    </message>
    <message>
        <source>This heading uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks.</source>
        <translation>Diese Überschrift verwendet werbende oder absolute Formulierungen ({terms}), die keine Behandlung versprechen kann. Ersetzen Sie sie durch neutrale, genaue Angaben: was gemessen wurde, bei wem und mit welchen Risiken.</translation>
    </message>
    <message>
        <source>This sentence uses promotional or absolute wording ({terms}) that no treatment can promise. Replace it with neutral, specific wording: what was measured, in whom, and with what risks.</source>
        <translation>Dieser Satz verwendet werbende oder absolute Formulierungen ({terms}), die keine Behandlung versprechen kann. Ersetzen Sie sie durch neutrale, genaue Angaben: was gemessen wurde, bei wem und mit welchen Risiken.</translation>
    </message>
    <message>
        <source>This lead-in ends with a colon but is followed by {following}, not by the list it announces. Add the missing items as a bulleted list, or rewrite the sentence so that it stands on its own.</source>
        <translation>Diese Einleitung endet mit einem Doppelpunkt, es folgt aber {following} und nicht die angekündigte Liste. Ergänzen Sie die fehlenden Punkte als Aufzählung oder formulieren Sie den Satz so, dass er für sich steht.</translation>
    </message>
    <message>
        <source>nothing (it ends the article)</source>
        <translation>nichts (sie beendet den Artikel)</translation>
    </message>
    <message>
        <source>the heading “{heading}”</source>
        <translation>die Überschrift „{heading}“</translation>
    </message>
    <message>
        <source>another paragraph</source>
        <translation>ein weiterer Absatz</translation>
    </message>
    <message>
        <source>This claim states {kind} (“{words}”) but cites no source. Add a citation to the study, guideline or label that supports it, or remove the claim.</source>
        <translation>Diese Aussage nennt {kind} („{words}“), zitiert aber keine Quelle. Zitieren Sie die Studie, Leitlinie oder Fachinformation, die sie stützt, oder entfernen Sie die Aussage.</translation>
    </message>
    <message>
        <source>The article reads at about grade {grade:.1f} (Flesch-Kincaid), above the grade {target:.0f} target for a {audience} audience. {advice}.</source>
        <translation>Der Artikel liest sich etwa auf Klassenstufe {grade:.1f} (Flesch-Kincaid), über dem Ziel von Stufe {target:.0f} für die Zielgruppe „{audience}“. {advice}.</translation>
    </message>
    <message>
        <source>Shorten long sentences (the longest has {words} words)</source>
        <translation>Kürzen Sie lange Sätze (der längste hat {words} Wörter)</translation>
    </message>
    <message>
        <source>Shorten long sentences (the longest has {words} words) and explain or replace technical words such as {terms}</source>
        <translation>Kürzen Sie lange Sätze (der längste hat {words} Wörter) und erklären oder ersetzen Sie Fachwörter wie {terms}</translation>
    </message>
    <message>
        <source>Reference {number}, {reference}, {what} (Retraction Watch record {record}).{reason}{uses} {advice}</source>
        <translation>Quelle {number}, {reference}, {what} (Retraction-Watch-Eintrag {record}).{reason}{uses} {advice}</translation>
    </message>
    <message>
        <source>was retracted{when}</source>
        <translation>wurde{when} zurückgezogen</translation>
    </message>
    <message>
        <source>is the subject of an expression of concern{when}</source>
        <translation>ist{when} Gegenstand einer Expression of Concern</translation>
    </message>
    <message>
        <source>was corrected{when}</source>
        <translation>wurde{when} korrigiert</translation>
    </message>
    <message>
        <source> on {date}</source>
        <translation> am {date}</translation>
    </message>
    <message>
        <source> Reason given: {reason}.</source>
        <translation> Angegebener Grund: {reason}.</translation>
    </message>
    <message>
        <source> {count} passage(s) cite it.</source>
        <translation> {count} Textstelle(n) zitieren sie.</translation>
    </message>
    <message>
        <source>Remove it, or cite it only as a retracted work, and check every claim it supports.</source>
        <translation>Entfernen Sie sie oder zitieren Sie sie nur als zurückgezogene Arbeit, und prüfen Sie jede Aussage, die sie stützt.</translation>
    </message>
    <message>
        <source>Check whether the claims it supports can rest on other evidence.</source>
        <translation>Prüfen Sie, ob die Aussagen, die sie stützt, sich auf andere Belege stützen können.</translation>
    </message>
    <message>
        <source>Check the claims it supports against the corrected version.</source>
        <translation>Prüfen Sie die Aussagen, die sie stützt, anhand der korrigierten Fassung.</translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation>{one} und {other}</translation>
    </message>
    <message>
        <source>{one}, {rest}</source>
        <translation>{one}, {rest}</translation>
    </message>
    <message>
        <source>This claim names {named} as its source, but {cited}: {problems}. Cite the source the sentence names, or reword the sentence to match {match}.</source>
        <translation>Diese Aussage nennt {named} als ihre Quelle, aber {cited}: {problems}. Zitieren Sie die Quelle, die der Satz nennt, oder formulieren Sie den Satz so um, dass er zu {match} passt.</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>das Jahr {year}</translation>
    </message>
    <message>
        <source>the {decade}s</source>
        <translation>die {decade}er-Jahre</translation>
    </message>
    <message>
        <source>it is from {years}</source>
        <translation>sie stammt aus {years}</translation>
    </message>
    <message>
        <source>they are from {years}</source>
        <translation>sie stammen aus {years}</translation>
    </message>
    <message>
        <source>it gives another year</source>
        <translation>sie nennt ein anderes Jahr</translation>
    </message>
    <message>
        <source>they give another year</source>
        <translation>sie nennen ein anderes Jahr</translation>
    </message>
    <message>
        <source>its title and source do not mention {names}</source>
        <translation>ihr Titel und ihre Fundstelle erwähnen {names} nicht</translation>
    </message>
    <message>
        <source>their title and source do not mention {names}</source>
        <translation>ihre Titel und Fundstellen erwähnen {names} nicht</translation>
    </message>
    <message>
        <source>the cited reference {number}, {reference}, does not bear that out</source>
        <translation>die zitierte Quelle {number}, {reference}, belegt das nicht</translation>
    </message>
    <message>
        <source>none of the cited references ({listed}) bears that out</source>
        <translation>keine der zitierten Quellen ({listed}) belegt das</translation>
    </message>
    <message>
        <source>reference {number}</source>
        <translation>Quelle {number}</translation>
    </message>
    <message>
        <source>the cited references</source>
        <translation>den zitierten Quellen</translation>
    </message>
    <message>
        <source>Unsafe markup in the title: {problems}. The title is plain text: remove the markup.</source>
        <translation>Unsicheres Markup im Titel: {problems}. Der Titel ist reiner Text: Entfernen Sie das Markup.</translation>
    </message>
    <message>
        <source>Unsafe markup in the article body: {problems}. Articles are plain Markdown: remove the HTML or rewrite it as Markdown, and link only to http(s) addresses (scripts, event handlers and javascript: links could run when the article is published).</source>
        <translation>Unsicheres Markup im Artikeltext: {problems}. Artikel sind reines Markdown: Entfernen Sie das HTML oder schreiben Sie es als Markdown, und verlinken Sie nur auf http(s)-Adressen (Skripte, Event-Handler und javascript:-Links könnten bei der Veröffentlichung des Artikels ausgeführt werden).</translation>
    </message>
    <message>
        <source>Unsafe markup in reference {number}: {problems}. Give the reference as plain text with an http(s) link.</source>
        <translation>Unsicheres Markup in Quelle {number}: {problems}. Geben Sie die Quelle als reinen Text mit einem http(s)-Link an.</translation>
    </message>
    <message>
        <source>{markup} markup</source>
        <translation>{markup}-Markup</translation>
    </message>
    <message>
        <source>{tag} tag{handler}{address}</source>
        <translation>{tag}-Tag{handler}{address}</translation>
    </message>
    <message>
        <source> with an {handler}= event handler</source>
        <translation> mit einem {handler}=-Event-Handler</translation>
    </message>
    <message>
        <source> with a {scheme} address</source>
        <translation> mit einer {scheme}-Adresse</translation>
    </message>
    <message>
        <source>a {scheme} link</source>
        <translation>ein {scheme}-Link</translation>
    </message>
    <message>
        <source>a {scheme} address</source>
        <translation>eine {scheme}-Adresse</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} weitere</translation>
    </message>
    <message>
        <source>its {ref_field} contains {problems}</source>
        <translation>ihr Feld „{ref_field}“ enthält {problems}</translation>
    </message>
    <message>
        <source>its url uses {problems}</source>
        <translation>ihre URL verwendet {problems}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>{actor} requested changes on {title}{because}</source>
        <translation>{actor} hat Änderungen an {title} angefordert{because}</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
    <message>
        <source>{actor} approved {title}</source>
        <translation>{actor} hat {title} freigegeben</translation>
    </message>
    <message>
        <source>{actor} assigned you to review {title}{when}</source>
        <translation>{actor} hat Sie als Gutachter für {title} eingeteilt{when}</translation>
    </message>
    <message>
        <source>{actor} made you the approver of {title}{when}</source>
        <translation>{actor} hat Sie als Freigeber für {title} eingeteilt{when}</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>, fällig am {date}</translation>
    </message>
    <message>
        <source>{actor} mentioned you on {title}: {excerpt}</source>
        <translation>{actor} hat Sie bei {title} erwähnt: {excerpt}</translation>
    </message>
    <message>
        <source>{title} is due for re-review since {date}</source>
        <translation>{title} ist seit {date} zur erneuten Prüfung fällig</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}; nothing was kept</source>
        <translation>{path} kann nicht geschrieben werden: {problem}; nichts wurde behalten</translation>
    </message>
    <message>
        <source>the backup failed: {problem}; nothing was kept</source>
        <translation>Die Sicherung ist fehlgeschlagen: {problem}; nichts wurde behalten</translation>
    </message>
    <message>
        <source>{path} is the database itself (or one of its files); choose another file</source>
        <translation>{path} ist die Datenbank selbst (oder eine ihrer Dateien); wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file to write</source>
        <translation>{path} ist ein Ordner; nennen Sie die Sicherungsdatei, die geschrieben werden soll</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path} already exists; say --force to replace it</source>
        <translation>{path} existiert bereits; geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Approved in the week of {day}</source>
        <translation>Freigegeben in der Woche vom {day}</translation>
    </message>
    <message>
        <source>Submitted in the week of {day}</source>
        <translation>Eingereicht in der Woche vom {day}</translation>
    </message>
    <message>
        <source>Open reviews of {name}</source>
        <translation>Offene Begutachtungen von {name}</translation>
    </message>
    <message>
        <source>Approved by {name} since {day}</source>
        <translation>Freigegeben von {name} seit {day}</translation>
    </message>
    <message>
        <source>Open finding: {code}</source>
        <translation>Offener Befund: {code}</translation>
    </message>
    <message>
        <source>no changes requested</source>
        <translation>keine Änderungen angefordert</translation>
    </message>
    <message>
        <source>changes requested once</source>
        <translation>einmal Änderungen angefordert</translation>
    </message>
    <message>
        <source>changes requested {count} times</source>
        <translation>{count}-mal Änderungen angefordert</translation>
    </message>
    <message>
        <source>First approved since {day}, {times}</source>
        <translation>Erstmals freigegeben seit {day}, {times}</translation>
    </message>
    <message>
        <source>First approved since {day}</source>
        <translation>Erstmals freigegeben seit {day}</translation>
    </message>
    <message>
        <source>article {article} is {status}: only approved articles are exported</source>
        <translation>Artikel {article} ist {status}: Nur freigegebene Artikel werden exportiert</translation>
    </message>
    <message>
        <source>article {article}: its approved revision carries no signature</source>
        <translation>Artikel {article}: Seine freigegebene Revision trägt keine Signatur</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {target}: {reason}</source>
        <translation>Die Datenbank {target} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {path}: it is not a database (refused, left as it is)</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden: Das ist keine Datenbank (abgelehnt, unverändert gelassen)</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>this database was written by a newer Review Workstation (schema {schema}); update the program</source>
        <translation>Diese Datenbank wurde von einer neueren Review Workstation geschrieben (Schema {schema}); aktualisieren Sie das Programm</translation>
    </message>
    <message>
        <source>{number}: {reference}</source>
        <translation>{number}: {reference}</translation>
    </message>
    <message>
        <source>“untitled”{details}</source>
        <translation>„ohne Titel“{details}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Review Workstation database; to make a new database there, say --create</source>
        <translation>{path} ist eine leere Datei, keine Review-Workstation-Datenbank; um dort eine neue Datenbank anzulegen, geben Sie --create an</translation>
    </message>
</context>
<context>
    <name>CoreStep</name>
    <message>
        <source>start review</source>
        <translation>die Begutachtung starten</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>wieder öffnen</translation>
    </message>
</context>
<context>
    <name>CoreWord</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard: where the board&apos;s work stands ({SHORTCUT})</source>
        <translation>Dashboard: Stand der Arbeit des Gremiums ({SHORTCUT})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Wird gezählt</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source> (approved, next review date reached)</source>
        <translation> (freigegeben, Termin der nächsten Prüfung erreicht)</translation>
    </message>
    <message>
        <source> (not approved, past the assignment&apos;s due date)</source>
        <translation> (nicht freigegeben, Fälligkeitsdatum der Zuweisung überschritten)</translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation>Erneute Prüfung fällig</translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation>Überfällige Zuweisungen</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} T</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Time to first approval</source>
        <translation>Zeit bis zur ersten Freigabe</translation>
    </message>
    <message>
        <source>Review cycles</source>
        <translation>Prüfrunden</translation>
    </message>
    <message>
        <source>Articles by how often changes were requested</source>
        <translation>Artikel nach Anzahl angeforderter Änderungen</translation>
    </message>
    <message>
        <source>Articles approved and submitted per week</source>
        <translation>Freigegebene und eingereichte Artikel pro Woche</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>Durchsatz pro Woche</translation>
    </message>
    <message>
        <source>Open reviews and approvals signed per person</source>
        <translation>Offene Begutachtungen und signierte Freigaben pro Person</translation>
    </message>
    <message>
        <source>Open findings per check</source>
        <translation>Offene Befunde pro Prüfregel</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Open findings by code</source>
        <translation>Offene Befunde nach Code</translation>
    </message>
    <message>
        <source>Nobody reviews yet.</source>
        <translation>Noch begutachtet niemand.</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message>
        <source>as of {as_of} UTC · period: the 26 weeks from {start}</source>
        <translation>Stand {as_of} UTC · Zeitraum: die 26 Wochen ab {start}</translation>
    </message>
    <message>
        <source>{label}: {count} articles</source>
        <translation>{label}: {count} Artikel</translation>
    </message>
    <message>
        <source>Show the {count} article(s) in the library{0}</source>
        <translation>Die {count} Artikel in der Bibliothek zeigen{0}</translation>
    </message>
    <message>
        <source>Changes requested before the first approval: mean {mean}; {more_than_once} of {articles} article(s) went round more than once.</source>
        <translation>Angeforderte Änderungen vor der ersten Freigabe: Mittelwert {mean}; {more_than_once} von {articles} Artikeln durchliefen mehr als eine Runde.</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>{0} article(s) with changes requested {1} time(s)</source>
        <translation>{0} Artikel mit {1}-mal angeforderten Änderungen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>{0} article(s) approved in the week of {1}</source>
        <translation>{0} Artikel freigegeben in der Woche vom {1}</translation>
    </message>
    <message>
        <source>{0} article(s) submitted in the week of {1}</source>
        <translation>{0} Artikel eingereicht in der Woche vom {1}</translation>
    </message>
    <message>
        <source>open reviews</source>
        <translation>offene Begutachtungen</translation>
    </message>
    <message>
        <source>approvals signed</source>
        <translation>signierte Freigaben</translation>
    </message>
    <message>
        <source>{0} open review(s)</source>
        <translation>{0} offene Begutachtung(en)</translation>
    </message>
    <message>
        <source>{0} approval(s) signed in the period</source>
        <translation>{0} signierte Freigabe(n) im Zeitraum</translation>
    </message>
    <message>
        <source>open findings</source>
        <translation>offene Befunde</translation>
    </message>
    <message>
        <source>{0} open {1} finding(s)</source>
        <translation>{0} offene(r) Befund(e) {1}</translation>
    </message>
    <message>
        <source>Waiting or with the author (Submitted)</source>
        <translation>Wartend oder beim Autor (Eingereicht)</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Submission to approval</source>
        <translation>Einreichung bis Freigabe</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;{median}&lt;/b&gt;&lt;/span&gt; median, &lt;b&gt;{p90}&lt;/b&gt; for 90% of the &lt;a href=&apos;{link}&apos;&gt;{count} article(s) first approved&lt;/a&gt; in the period</source>
        <translation>&lt;span style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;{median}&lt;/b&gt;&lt;/span&gt; Median, &lt;b&gt;{p90}&lt;/b&gt; für 90 % der &lt;a href=&apos;{link}&apos;&gt;{count} im Zeitraum erstmals freigegebenen Artikel&lt;/a&gt;</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>No article was first approved in the period.</source>
        <translation>Im Zeitraum wurde kein Artikel erstmals freigegeben.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>EditAwareness</name>
    <message>
        <source>⚠ {text}. Saving over their revision opens a dialog to merge.</source>
        <translation>⚠ {text}. Speichern über deren Fassung öffnet einen Dialog zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Editor •</source>
        <translation>Editor •</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Not saved: revision {number} by {0} came first.</source>
        <translation>Nicht gespeichert: Fassung {number} von {0} war zuerst da.</translation>
    </message>
    <message>
        <source>Kept revision {number} by {author}; your edit was dropped.</source>
        <translation>Fassung {number} von {author} behalten; Ihre Bearbeitung wurde verworfen.</translation>
    </message>
    <message>
        <source>Kept revision {number} by {author}; your edit is kept as a revision beside it (see History).</source>
        <translation>Fassung {number} von {author} behalten; Ihre Bearbeitung ist als Fassung daneben erhalten (siehe Verlauf).</translation>
    </message>
    <message>
        <source>Saved the merge as revision {revision_number}.</source>
        <translation>Zusammenführung als Fassung {revision_number} gespeichert.</translation>
    </message>
    <message>
        <source>Saving the revision</source>
        <translation>Fassung wird gespeichert</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Someone saved this article while you edited it</source>
        <translation>Jemand hat diesen Artikel gespeichert, während Sie ihn bearbeitet haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} saved revision {number} at {when}&lt;/b&gt; while you were editing revision {1}. Nothing has been saved or overwritten yet: choose how to go on.</source>
        <translation>&lt;b&gt;{0} hat um {when} Fassung {number} gespeichert&lt;/b&gt;, während Sie Fassung {1} bearbeitet haben. Noch wurde nichts gespeichert oder überschrieben: Wählen Sie, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Their revision</source>
        <translation>Deren Fassung</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <source>Your changes were all placed in their text ({placed} passage(s)).</source>
        <translation>Ihre Änderungen wurden alle in deren Text übernommen ({placed} Textstelle(n)).</translation>
    </message>
    <message>
        <source>{unplaced} of your changes could not be placed (they touched the same passage); copy them from your side.</source>
        <translation>{unplaced} Ihrer Änderungen konnten nicht übernommen werden (sie betrafen dieselbe Textstelle); kopieren Sie sie von Ihrer Seite.</translation>
    </message>
    <message>
        <source>Theirs: revision {number} by {0}</source>
        <translation>Deren: Fassung {number} von {0}</translation>
    </message>
    <message>
        <source>Yours: your unsaved edit</source>
        <translation>Ihre: Ihre nicht gespeicherte Bearbeitung</translation>
    </message>
    <message>
        <source>Merged: your changes placed in their text (edit before saving)</source>
        <translation>Zusammengeführt: Ihre Änderungen in deren Text (vor dem Speichern bearbeitbar)</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Zusammenführung speichern</translation>
    </message>
    <message>
        <source>Save the merged text as a new revision on top of theirs</source>
        <translation>Den zusammengeführten Text als neue Fassung über deren speichern</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Deren behalten</translation>
    </message>
    <message>
        <source>Drop your edit; their revision stays</source>
        <translation>Ihre Bearbeitung verwerfen; deren Fassung bleibt</translation>
    </message>
    <message>
        <source>Keep theirs + a copy of mine</source>
        <translation>Deren behalten + Kopie meiner</translation>
    </message>
    <message>
        <source>Their revision stays current; yours is kept as a revision beside it</source>
        <translation>Deren Fassung bleibt aktuell; Ihre wird als Fassung daneben behalten</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>Revision {revision_number}</source>
        <translation>Fassung {revision_number}</translation>
    </message>
    <message>
        <source>Saved revision {revision_number}.</source>
        <translation>Fassung {revision_number} gespeichert.</translation>
    </message>
    <message>
        <source> {0} claim(s) lost their place in the text and need a look.</source>
        <translation> {0} Aussage(n) haben ihre Stelle im Text verloren und sollten geprüft werden.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saving the revision</source>
        <translation>Fassung wird gespeichert</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save revision  (Ctrl+S)</source>
        <translation>Fassung speichern  (Strg+S)</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Fassung speichern</translation>
    </message>
    <message>
        <source>Others editing this article</source>
        <translation>Andere bearbeiten diesen Artikel</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export approved articles</source>
        <translation>Freigegebene Artikel exportieren</translation>
    </message>
    <message>
        <source>Export: no article is approved yet</source>
        <translation>Export: Noch ist kein Artikel freigegeben</translation>
    </message>
    <message>
        <source>Listing approved articles</source>
        <translation>Freigegebene Artikel werden aufgelistet</translation>
    </message>
    <message>
        <source>“{title}” is not listed: it has no approved revision to export.</source>
        <translation>„{title}“ ist nicht aufgeführt: Es gibt keine freigegebene Fassung zum Exportieren.</translation>
    </message>
    <message>
        <source>“{title}” is not listed: it is {status}, and only approved articles are exported.</source>
        <translation>„{title}“ ist nicht aufgeführt: Status {status}, und nur freigegebene Artikel werden exportiert.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>No article is approved yet, and only approved articles are exported.</source>
        <translation>Noch ist kein Artikel freigegeben, und nur freigegebene Artikel werden exportiert.</translation>
    </message>
    <message>
        <source>Exporting {0} articles</source>
        <translation>{0} Artikel werden exportiert</translation>
    </message>
    <message>
        <source>Exporting {0} article</source>
        <translation>{0} Artikel wird exportiert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export approved articles</source>
        <translation>Freigegebene Artikel exportieren</translation>
    </message>
    <message>
        <source>Choose at least one article to export.</source>
        <translation>Mindestens einen Artikel zum Exportieren wählen.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Mindestens ein Format wählen.</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Einen Zielordner für den Export wählen.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it with Browse…</source>
        <translation>Den vollständigen Pfad des Ordners angeben oder ihn mit Durchsuchen… wählen</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Approved {0} (local time)</source>
        <translation>Freigegeben {0} (Ortszeit)</translation>
    </message>
    <message>
        <source>  (due)</source>
        <translation>  (fällig)</translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation>Erneute Prüfung fällig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>{0} of {total} selected</source>
        <translation>{0} von {total} ausgewählt</translation>
    </message>
    <message>
        <source> · {shown} shown</source>
        <translation> · {shown} angezeigt</translation>
    </message>
    <message>
        <source>Export the selected articles</source>
        <translation>Die ausgewählten Artikel exportieren</translation>
    </message>
    <message>
        <source>Writes {0} ({1} × {2}) and index.html to {3}</source>
        <translation>Schreibt {0} ({1} × {2}) und index.html nach {3}</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {0}. {written} written to {folder}; the rest was not started, and no file was left half-written.</source>
        <translation>Abgebrochen nach {done} von {0}. {written} nach {folder} geschrieben; der Rest wurde nicht begonnen, und keine Datei blieb halb geschrieben.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>{written} written to {folder}.</source>
        <translation>{written} nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <source>Nothing was written to {folder}.</source>
        <translation>Nach {folder} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>

Refused ({0}):
</source>
        <translation>

Abgelehnt ({0}):
</translation>
    </message>
    <message>
        <source>
… and {0} more (see the details).</source>
        <translation>
… und {0} weitere (siehe Details).</translation>
    </message>
    <message>
        <source>Article {0}: {1}</source>
        <translation>Artikel {0}: {1}</translation>
    </message>
    <message>
        <source>

Not written:
</source>
        <translation>

Nicht geschrieben:
</translation>
    </message>
    <message>
        <source>{title}: {0} written to {folder}</source>
        <translation>{title}: {0} nach {folder} geschrieben</translation>
    </message>
    <message>
        <source>; {0} refused</source>
        <translation>; {0} abgelehnt</translation>
    </message>
    <message>
        <source>; {0} not written</source>
        <translation>; {0} nicht geschrieben</translation>
    </message>
    <message>
        <source>{0} file</source>
        <translation>{0} Datei</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} Dateien</translation>
    </message>
    <message>
        <source>{0} article</source>
        <translation>{0} Artikel</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation>{0} Artikel</translation>
    </message>
    <message>
        <source>{0} format</source>
        <translation>{0} Format</translation>
    </message>
    <message>
        <source>{0} formats</source>
        <translation>{0} Formate</translation>
    </message>
    <message>
        <source>{0} other file</source>
        <translation>{0} weitere Datei</translation>
    </message>
    <message>
        <source>{0} other files</source>
        <translation>{0} weitere Dateien</translation>
    </message>
</context>
<context>
    <name>ExportSummaryBox</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open index</source>
        <translation>Index öffnen</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Review report (HTML)</source>
        <translation>Prüfbericht (HTML)</translation>
    </message>
    <message>
        <source>Review report (PDF)</source>
        <translation>Prüfbericht (PDF)</translation>
    </message>
    <message>
        <source>Why the selected article is not listed</source>
        <translation>Warum der ausgewählte Artikel nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Nach Titel filtern</translation>
    </message>
    <message>
        <source>Filter approved articles by title</source>
        <translation>Freigegebene Artikel nach Titel filtern</translation>
    </message>
    <message>
        <source>Approved articles</source>
        <translation>Freigegebene Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select all listed articles</source>
        <translation>Alle aufgeführten Artikel auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Clear the article selection</source>
        <translation>Artikelauswahl aufheben</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>Exportieren als {0}</translation>
    </message>
    <message>
        <source>Reference style of HTML and PDF exports</source>
        <translation>Zitierstil der HTML- und PDF-Exporte</translation>
    </message>
    <message>
        <source>As written in the article</source>
        <translation>Wie im Artikel geschrieben</translation>
    </message>
    <message>
        <source>&amp;References in HTML and PDF:</source>
        <translation>&amp;Quellen in HTML und PDF:</translation>
    </message>
    <message>
        <source>Choose the folder the files are written to</source>
        <translation>Den Ordner wählen, in den die Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>What the export will write</source>
        <translation>Was der Export schreiben wird</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>a statistic</source>
        <translation>eine Statistik</translation>
    </message>
    <message>
        <source>a study finding</source>
        <translation>ein Studienergebnis</translation>
    </message>
    <message>
        <source>a regulatory fact</source>
        <translation>eine behördliche Tatsache</translation>
    </message>
    <message>
        <source>a ranking</source>
        <translation>eine Rangfolge</translation>
    </message>
    <message>
        <source>a body&apos;s advice</source>
        <translation>eine Empfehlung einer Institution</translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>This revision was never checked.</source>
        <translation>Diese Fassung wurde nie geprüft.</translation>
    </message>
    <message>
        <source>It was stored before the checks ran on every revision; run checks to check it.</source>
        <translation>Sie wurde gespeichert, bevor jede Fassung geprüft wurde; Prüfungen ausführen, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>No findings on this revision.</source>
        <translation>Keine Befunde zu dieser Fassung.</translation>
    </message>
    <message>
        <source>Run checks to look again after a change.</source>
        <translation>Nach einer Änderung Prüfungen erneut ausführen.</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Befunde ({0})</translation>
    </message>
    <message>
        <source>Findings (not checked)</source>
        <translation>Befunde (nicht geprüft)</translation>
    </message>
    <message>
        <source>Dismiss the selected finding, with a reason</source>
        <translation>Den ausgewählten Befund mit Begründung verwerfen</translation>
    </message>
    <message>
        <source>Select an open finding to dismiss it</source>
        <translation>Einen offenen Befund auswählen, um ihn zu verwerfen</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Why is this not a problem?

{message}</source>
        <translation>Warum ist das kein Problem?

{message}</translation>
    </message>
    <message>
        <source>Dismissing the finding</source>
        <translation>Befund wird verworfen</translation>
    </message>
    <message>
        <source>Running checks</source>
        <translation>Prüfungen laufen</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Select an open finding to dismiss it</source>
        <translation>Einen offenen Befund auswählen, um ihn zu verwerfen</translation>
    </message>
</context>
<context>
    <name>FrozenPart</name>
    <message>
        <source>verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>Zitierungen</translation>
    </message>
    <message>
        <source>comments&apos; resolution</source>
        <translation>Erledigung der Kommentare</translation>
    </message>
    <message>
        <source>findings&apos; dismissals</source>
        <translation>Verwerfungen von Befunden</translation>
    </message>
    <message>
        <source>references&apos; documents</source>
        <translation>Dokumente der Quellen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Article updated</source>
        <translation>Artikel aktualisiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Revision saved</source>
        <translation>Fassung gespeichert</translation>
    </message>
    <message>
        <source>Checks run</source>
        <translation>Prüfungen ausgeführt</translation>
    </message>
    <message>
        <source>Finding dismissed</source>
        <translation>Befund verworfen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Verdict cleared</source>
        <translation>Bewertung entfernt</translation>
    </message>
    <message>
        <source>Claim changed</source>
        <translation>Aussage geändert</translation>
    </message>
    <message>
        <source>Claim lost its place</source>
        <translation>Aussage hat ihre Stelle verloren</translation>
    </message>
    <message>
        <source>Needs citation</source>
        <translation>Quellenangabe erforderlich</translation>
    </message>
    <message>
        <source>Reference linked</source>
        <translation>Quelle verknüpft</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Kommentar erledigt</translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation>Kommentar entfernt</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>Workflow-Schritt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Reason:&lt;/i&gt; {0}</source>
        <translation>&lt;br&gt;&lt;i&gt;Begründung:&lt;/i&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Signed&lt;/b&gt; by {name} ({role}), meaning “{meaning}”, revision {revision}, {when} UTC</source>
        <translation>&lt;br&gt;&lt;b&gt;Signiert&lt;/b&gt; von {name} ({role}), Bedeutung „{meaning}“, Fassung {revision}, {when} UTC</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing recorded yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch nichts aufgezeichnet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{0} unchanged line</source>
        <translation>{0} unveränderte Zeile</translation>
    </message>
    <message>
        <source>{0} unchanged lines</source>
        <translation>{0} unveränderte Zeilen</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Titel: {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine Unterschiede.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation>Fassung {0}</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Revision {number} · {created_at:%Y-%m-%d}{who}</source>
        <translation>Fassung {number} · {created_at:%d.%m.%Y}{who}</translation>
    </message>
    <message>
        <source>Revision {number}, saved {created_at:%Y-%m-%d %H:%M} UTC{0}</source>
        <translation>Fassung {number}, gespeichert {created_at:%d.%m.%Y %H:%M} UTC{0}</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> von {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Only one revision so far.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Bisher nur eine Fassung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The same revision on both sides.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Auf beiden Seiten dieselbe Fassung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Audit history</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Ältere Fassung</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Neuere Fassung</translation>
    </message>
    <message>
        <source>Revision differences</source>
        <translation>Unterschiede der Fassungen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Passwort wird geprüft</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <source>Searching</source>
        <translation>Wird gesucht</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>no claims</source>
        <translation>keine Aussagen</translation>
    </message>
    <message>
        <source>no references</source>
        <translation>keine Quellen</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>The checks found no claims in this article</source>
        <translation>Die Prüfungen fanden keine Aussagen in diesem Artikel</translation>
    </message>
    <message>
        <source>This article lists no references: its {0} claim(s) cannot be checked against a source</source>
        <translation>Dieser Artikel nennt keine Quellen: Seine {0} Aussage(n) lassen sich an keiner Quelle prüfen</translation>
    </message>
    <message>
        <source>{0} of {1} claims have a verdict for every reference they cite</source>
        <translation>{0} von {1} Aussagen haben eine Bewertung für jede zitierte Quelle</translation>
    </message>
    <message>
        <source>{0}; due for re-review since {1}</source>
        <translation>{0}; erneute Prüfung fällig seit {1}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Gutachter</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source> (reviewer {0}, approver {1})</source>
        <translation> (Gutachter {0}, Freigeber {1})</translation>
    </message>
    <message>
        <source>Overdue: due {0}</source>
        <translation>Überfällig: fällig am {0}</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Fällig am {0}</translation>
    </message>
    <message>
        <source>Not checked: the automated checks never ran on this revision</source>
        <translation>Nicht geprüft: Die automatischen Prüfungen liefen nie über diese Fassung</translation>
    </message>
    <message>
        <source>Sort by {0}</source>
        <translation>Sortieren nach {0}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation>Erneute Prüfung fällig</translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation>Überfällige Zuweisungen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Wartet auf meine Freigabe</translation>
    </message>
    <message>
        <source>Search titles and text  (Ctrl+F)</source>
        <translation>Titel und Text durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Article library</source>
        <translation>Artikelbibliothek</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klicken zum Sortieren; Rechtsklick wählt die Spalten</translation>
    </message>
    <message>
        <source>Clear the dashboard filter</source>
        <translation>Dashboard-Filter aufheben</translation>
    </message>
    <message>
        <source>Show the whole library again</source>
        <translation>Wieder die ganze Bibliothek zeigen</translation>
    </message>
    <message>
        <source>Dashboard: {label}</source>
        <translation>Dashboard: {label}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Als &amp;jemand anderes anmelden…</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als jemand anderes anmelden</translation>
    </message>
    <message>
        <source>Locked — {display_name}</source>
        <translation>Gesperrt — {display_name}</translation>
    </message>
    <message>
        <source>This window belongs to {display_name} ({name}). Enter your password to continue; your unsaved work is as you left it.</source>
        <translation>Dieses Fenster gehört {display_name} ({name}). Geben Sie Ihr Passwort ein, um fortzufahren; Ihre nicht gespeicherte Arbeit ist so, wie Sie sie verlassen haben.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without input.</source>
        <translation>Gesperrt nach {minutes} Minuten ohne Eingabe.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minute without input.</source>
        <translation>Gesperrt nach {minutes} Minute ohne Eingabe.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Gesperrt.</translation>
    </message>
    <message>
        <source>Signing in as someone else discards what {display_name} has not saved.</source>
        <translation>Die Anmeldung als jemand anderes verwirft, was {display_name} nicht gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation>Artikeldateien importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export approved articles</source>
        <translation>Freigegebene Artikel exportieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Be&amp;gutachtung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>{count}{more} articles</source>
        <translation>{count}{more} Artikel</translation>
    </message>
    <message>
        <source>{count}{more} article</source>
        <translation>{count}{more} Artikel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo ({keys}): nothing to undo</source>
        <translation>Rückgängig ({keys}): nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo ({keys}): nothing to redo</source>
        <translation>Wiederholen ({keys}): nichts zu wiederholen</translation>
    </message>
    <message>
        <source>{verb} {label}</source>
        <translation>{verb}: {label}</translation>
    </message>
    <message>
        <source>{TITLE} — locked</source>
        <translation>{TITLE} — gesperrt</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Imported {0} article(s)</source>
        <translation>{0} Artikel importiert</translation>
    </message>
    <message>
        <source>; {0} failed: </source>
        <translation>; {0} fehlgeschlagen: </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications: {unread} unread</source>
        <translation>Benachrichtigungen: {unread} ungelesen</translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Benachrichtigungen: nichts ungelesen</translation>
    </message>
</context>
<context>
    <name>NotificationKind</name>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Re-review due</source>
        <translation>Erneute Prüfung fällig</translation>
    </message>
    <message>
        <source>Mentioned you</source>
        <translation>Hat Sie erwähnt</translation>
    </message>
</context>
<context>
    <name>NotificationsPopup</name>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benachrichtigungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Nothing here yet. Assignments, requested changes, approvals, due re-reviews and @mentions of you will show up here.</source>
        <translation>Noch nichts hier. Zuweisungen, angeforderte Änderungen, Freigaben, fällige erneute Prüfungen und @Erwähnungen von Ihnen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Opening the article</source>
        <translation>Artikel wird geöffnet</translation>
    </message>
</context>
<context>
    <name>ReaderPieces</name>
    <message>
        <source>a run of {0} characters of text</source>
        <translation>einen Textabschnitt von {0} Zeichen</translation>
    </message>
    <message>
        <source>a &lt;{0}&gt; element of {1} characters</source>
        <translation>ein &lt;{0}&gt;-Element von {1} Zeichen</translation>
    </message>
    <message>
        <source>This article is too large to render ({0} characters; the limit is {1}); showing plain text</source>
        <translation>Dieser Artikel ist zu groß zum Darstellen ({0} Zeichen; die Grenze liegt bei {1}); er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>This article holds {exc}, too large to lay out in the reader; showing plain text</source>
        <translation>Dieser Artikel enthält {exc}, zu groß für das Layout im Leser; er wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source> ({0} lines longer than {1} characters shown broken into shorter lines)</source>
        <translation> ({0} Zeilen länger als {1} Zeichen in kürzere Zeilen umbrochen)</translation>
    </message>
    <message>
        <source> ({0} line longer than {1} characters shown broken into shorter lines)</source>
        <translation> ({0} Zeile länger als {1} Zeichen in kürzere Zeilen umbrochen)</translation>
    </message>
    <message>
        <source>This source has a line of {0} characters; the editor takes lines of up to {1}, so it is not shown here (laying it out would freeze the window)</source>
        <translation>Dieser Quelltext hat eine Zeile mit {0} Zeichen; der Editor nimmt Zeilen bis {1} Zeichen, daher wird er hier nicht gezeigt (das Layout würde das Fenster einfrieren)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ReferenceField</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>doi</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>pmid</source>
        <translation>PMID</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>PMID {pmid}</source>
        <translation>PMID {pmid}</translation>
    </message>
    <message>
        <source> on {retraction_date:%Y-%m-%d}</source>
        <translation> am {retraction_date:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>
{retraction}{when} (Retraction Watch)</source>
        <translation>
{retraction}{when} (Retraction Watch)</translation>
    </message>
    <message>
        <source>
{conflicts} conflicting value(s) to settle</source>
        <translation>
{conflicts} widersprüchliche(r) Wert(e) zu klären</translation>
    </message>
    <message>
        <source>{text} (retracted)</source>
        <translation>{text} (zurückgezogen)</translation>
    </message>
</context>
<context>
    <name>ReferencesController</name>
    <message>
        <source>Reference files (*.ris *.bib *.bibtex *.nbib *.medline *.json *.txt);;RIS (*.ris);;BibTeX (*.bib);;PubMed/MEDLINE (*.nbib *.txt);;CSL-JSON (*.json);;All files (*)</source>
        <translation>Literaturdateien (*.ris *.bib *.bibtex *.nbib *.medline *.json *.txt);;RIS (*.ris);;BibTeX (*.bib);;PubMed/MEDLINE (*.nbib *.txt);;CSL-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Import &amp;references…</source>
        <translation>&amp;Quellen importieren…</translation>
    </message>
    <message>
        <source>Import RIS, BibTeX, PubMed (.nbib) or CSL-JSON files into the reference library</source>
        <translation>RIS-, BibTeX-, PubMed- (.nbib) oder CSL-JSON-Dateien in die Literaturdatenbank importieren</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Show the reference library (Ctrl+Shift+L)</source>
        <translation>Die Literaturdatenbank zeigen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>{tip}: nobody is signed in (File → Sign in…)</source>
        <translation>{tip}: Niemand ist angemeldet (Datei → Anmelden…)</translation>
    </message>
    <message>
        <source>{0} record(s)</source>
        <translation>{0} Eintrag/Einträge</translation>
    </message>
    <message>
        <source>, {retracted} retracted</source>
        <translation>, {retracted} zurückgezogen</translation>
    </message>
    <message>
        <source>Merge the two selected records into the older one</source>
        <translation>Die zwei ausgewählten Einträge in den älteren zusammenführen</translation>
    </message>
    <message>
        <source>Select two records of the same work to merge them</source>
        <translation>Zwei Einträge desselben Werks auswählen, um sie zusammenzuführen</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>References: {0} record(s), {merged} merged, {1} article reference(s) linked, {suggested} to confirm</source>
        <translation>Quellen: {0} Eintrag/Einträge, {merged} zusammengeführt, {1} Artikelquelle(n) verknüpft, {suggested} zu bestätigen</translation>
    </message>
    <message>
        <source>; {0} file(s) refused: </source>
        <translation>; {0} Datei(en) abgelehnt: </translation>
    </message>
    <message>
        <source>Importing references</source>
        <translation>Quellen werden importiert</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Merge record {gone} “{0}” into record {keep} “{1}”? Differing values are kept as conflicts.</source>
        <translation>Eintrag {gone} „{0}“ in Eintrag {keep} „{1}“ zusammenführen? Abweichende Werte werden als Konflikte behalten.</translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation>Einträge werden zusammengeführt</translation>
    </message>
    <message>
        <source>Linking reference</source>
        <translation>Quelle wird verknüpft</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>&lt;i&gt;no authors&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine Autoren&lt;/i&gt;</translation>
    </message>
    <message>
        <source>DOI {0}</source>
        <translation>DOI {0}</translation>
    </message>
    <message>
        <source>PMID {0}</source>
        <translation>PMID {0}</translation>
    </message>
    <message>
        <source> on {retraction_date:%Y-%m-%d}</source>
        <translation> am {retraction_date:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-weight:600&quot;&gt;⚠ {0}{when} (Retraction Watch record {1})&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-weight:600&quot;&gt;⚠ {0}{when} (Retraction-Watch-Eintrag {1})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reason: {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Begründung: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Cited by&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Zitiert von&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No article cites it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kein Artikel zitiert ihn.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;article:{article_id}&quot;&gt;{0}&lt;/a&gt;, reference {number}</source>
        <translation>&lt;a href=&quot;article:{article_id}&quot;&gt;{0}&lt;/a&gt;, Quelle {number}</translation>
    </message>
    <message>
        <source> — suggested ({method} {score:.0f}%)</source>
        <translation> — vorgeschlagen ({method} {score:.0f} %)</translation>
    </message>
    <message>
        <source> — rejected</source>
        <translation> — abgelehnt</translation>
    </message>
    <message>
        <source> — linked by {0}</source>
        <translation> — verknüpft über {0}</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Conflicting values&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Widersprüchliche Werte&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;From {0}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aus {0}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReferencesModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>DOI / PMID</source>
        <translation>DOI / PMID</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Retraction</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <source> et al.</source>
        <translation> et al.</translation>
    </message>
</context>
<context>
    <name>ReferencesPanel</name>
    <message>
        <source>Search titles, authors, journals, DOI or PMID</source>
        <translation>Titel, Autoren, Zeitschriften, DOI oder PMID durchsuchen</translation>
    </message>
    <message>
        <source>Search the reference library</source>
        <translation>Literaturdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Import references…</source>
        <translation>Quellen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation>Auswahl &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge the two selected records</source>
        <translation>Die zwei ausgewählten Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Select two records of the same work to merge them</source>
        <translation>Zwei Einträge desselben Werks auswählen, um sie zusammenzuführen</translation>
    </message>
    <message>
        <source>Reference library</source>
        <translation>Literaturdatenbank</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Klicken zum Sortieren</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>Der ausgewählte Eintrag</translation>
    </message>
    <message>
        <source>Select a record to see its details, the articles citing it and its conflicts.</source>
        <translation>Einen Eintrag auswählen, um seine Details, die zitierenden Artikel und seine Konflikte zu sehen.</translation>
    </message>
</context>
<context>
    <name>ReferencesTab</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>This article lists no references.</source>
        <translation>Dieser Artikel nennt keine Quellen.</translation>
    </message>
</context>
<context>
    <name>ReopenFirstDialog</name>
    <message>
        <source>Approved article</source>
        <translation>Freigegebener Artikel</translation>
    </message>
    <message>
        <source>{0}{1}.

Reopening puts the article back Under Review (recorded in the audit trail with your reason) and supersedes the signature; the change is then made. The article needs a new approval.</source>
        <translation>{0}{1}.

Das Wiederöffnen setzt den Artikel zurück auf In Prüfung (im Audit-Trail mit Ihrer Begründung verzeichnet) und ersetzt die Signatur; danach wird die Änderung vorgenommen. Der Artikel braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>Why reopen it?</source>
        <translation>Warum wieder öffnen?</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Grund für das Wiederöffnen</translation>
    </message>
    <message>
        <source>&amp;Reopen and change</source>
        <translation>&amp;Wieder öffnen und ändern</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation>Passwort von {name} zurücksetzen</translation>
    </message>
    <message>
        <source>You set your own password here; File → Change my password… does the same.</source>
        <translation>Hier setzen Sie Ihr eigenes Passwort; Datei → Mein Passwort ändern… tut dasselbe.</translation>
    </message>
    <message>
        <source>Give {name} this password in person. They must choose their own at the next sign-in.</source>
        <translation>Geben Sie {name} dieses Passwort persönlich. Bei der nächsten Anmeldung muss ein eigenes gewählt werden.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>
{retraction} (Retraction Watch)</source>
        <translation>
{retraction} (Retraction Watch)</translation>
    </message>
    <message>
        <source>
Library record {record_id} (matched by {0})</source>
        <translation>
Eintrag {record_id} der Literaturdatenbank (zugeordnet über {0})</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Gutachter</translation>
    </message>
    <message>
        <source>
A library record may match: confirm it in the References view</source>
        <translation>
Ein Eintrag der Literaturdatenbank könnte passen: Bestätigen Sie ihn in der Quellenansicht</translation>
    </message>
    <message>
        <source>No claims in this article.</source>
        <translation>Keine Aussagen in diesem Artikel.</translation>
    </message>
    <message>
        <source>Select a sentence in the reader to add one.</source>
        <translation>Einen Satz im Leser auswählen, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>
No claim cites this reference.</source>
        <translation>
Keine Aussage zitiert diese Quelle.</translation>
    </message>
    <message>
        <source>Not in the reference list</source>
        <translation>Nicht im Literaturverzeichnis</translation>
    </message>
    <message>
        <source>Verdict: {verdict} by {reviewer}</source>
        <translation>Bewertung: {verdict} von {reviewer}</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <source> · the claim changed: re-check</source>
        <translation> · die Aussage hat sich geändert: erneut prüfen</translation>
    </message>
    <message>
        <source>This claim cites no reference.</source>
        <translation>Diese Aussage zitiert keine Quelle.</translation>
    </message>
    <message>
        <source>There is nothing to judge it against.</source>
        <translation>Es gibt nichts, woran sie sich bewerten ließe.</translation>
    </message>
    <message>
        <source>This claim cites no reference; there is nothing to judge it against</source>
        <translation>Diese Aussage zitiert keine Quelle; es gibt nichts, woran sie sich bewerten ließe</translation>
    </message>
    <message>
        <source>Save the verdict for this claim and reference</source>
        <translation>Die Bewertung für diese Aussage und Quelle speichern</translation>
    </message>
    <message>
        <source>Saving the verdict</source>
        <translation>Bewertung wird gespeichert</translation>
    </message>
    <message>
        <source>Clearing the verdict</source>
        <translation>Bewertung wird entfernt</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Begutachtung</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
<context>
    <name>ReviewRows</name>
    <message>
        <source>Cites [{0}]</source>
        <translation>Zitiert [{0}]</translation>
    </message>
    <message>
        <source>Needs a citation</source>
        <translation>Braucht eine Quellenangabe</translation>
    </message>
    <message>
        <source>No citation</source>
        <translation>Keine Quellenangabe</translation>
    </message>
    <message>
        <source>[{0}] not in the reference list</source>
        <translation>[{0}] nicht im Literaturverzeichnis</translation>
    </message>
    <message>
        <source>text changed: re-check the verdict</source>
        <translation>Text geändert: Bewertung erneut prüfen</translation>
    </message>
    <message>
        <source>lost its place in the text</source>
        <translation>hat ihre Stelle im Text verloren</translation>
    </message>
    <message>
        <source>Dismissed by {dismissed_by}: {dismissed_reason}</source>
        <translation>Verworfen von {dismissed_by}: {dismissed_reason}</translation>
    </message>
</context>
<context>
    <name>ReviewTask</name>
    <message>
        <source>add claims</source>
        <translation>Aussagen hinzufügen</translation>
    </message>
    <message>
        <source>attach documents to references</source>
        <translation>Dokumente an Quellen anhängen</translation>
    </message>
    <message>
        <source>clear verdicts</source>
        <translation>Bewertungen löschen</translation>
    </message>
    <message>
        <source>dismiss findings</source>
        <translation>Befunde verwerfen</translation>
    </message>
    <message>
        <source>flag claims</source>
        <translation>Aussagen markieren</translation>
    </message>
    <message>
        <source>link references</source>
        <translation>Quellen verknüpfen</translation>
    </message>
    <message>
        <source>merge claims</source>
        <translation>Aussagen zusammenführen</translation>
    </message>
    <message>
        <source>record verdicts</source>
        <translation>Bewertungen erfassen</translation>
    </message>
    <message>
        <source>split claims</source>
        <translation>Aussagen teilen</translation>
    </message>
    <message>
        <source>undo or redo this</source>
        <translation>das rückgängig machen oder wiederholen</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Gutachter</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {name}</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>What the new role allows applies from the next step the user takes.</source>
        <translation>Was die neue Rolle erlaubt, gilt ab dem nächsten Schritt des Benutzers.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>choose a different role</source>
        <translation>eine andere Rolle wählen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} must choose a new password first (an admin reset it)</source>
        <translation>{name} muss zuerst ein neues Passwort wählen (ein Administrator hat es zurückgesetzt)</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
    <message>
        <source>{what} has not been saved and will be discarded. Sign out anyway?</source>
        <translation>{what} wurde nicht gespeichert und wird verworfen. Trotzdem abmelden?</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to review (the window is read-only until someone does)</source>
        <translation>Zum Begutachten anmelden (bis dahin ist das Fenster schreibgeschützt)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Let someone else sign in at this window</source>
        <translation>Jemand anderen an diesem Fenster anmelden lassen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out; the window stays open, read-only, until someone signs in</source>
        <translation>Abmelden; das Fenster bleibt schreibgeschützt geöffnet, bis sich jemand anmeldet</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>Add users, change roles, reset passwords, unlock accounts</source>
        <translation>Benutzer hinzufügen, Rollen ändern, Passwörter zurücksetzen, Konten entsperren</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation>Artikeldateien importieren</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Fassung speichern</translation>
    </message>
    <message>
        <source>{what}: nobody is signed in (File → Sign in…)</source>
        <translation>{what}: Niemand ist angemeldet (Datei → Anmelden…)</translation>
    </message>
    <message>
        <source>The article source in the editor</source>
        <translation>Der Artikelquelltext im Editor</translation>
    </message>
    <message>
        <source>the comment being written</source>
        <translation>der begonnene Kommentar</translation>
    </message>
    <message>
        <source>Users: only an admin manages users; {user} is {role}</source>
        <translation>Benutzer: Nur ein Administrator verwaltet Benutzer; {user} ist {role}</translation>
    </message>
    <message>
        <source>Users: sign in as an admin first</source>
        <translation>Benutzer: Zuerst als Administrator anmelden</translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({role})</source>
        <translation>Angemeldet als {display_name} ({role})</translation>
    </message>
    <message>
        <source>{display_name}, user name {user}, role {role}</source>
        <translation>{display_name}, Benutzername {user}, Rolle {role}</translation>
    </message>
    <message>
        <source>Not signed in · read-only</source>
        <translation>Nicht angemeldet · schreibgeschützt</translation>
    </message>
    <message>
        <source>Nobody is signed in: the window shows the database but changes nothing. File → Sign in…</source>
        <translation>Niemand ist angemeldet: Das Fenster zeigt die Datenbank, ändert aber nichts. Datei → Anmelden…</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Wird abgemeldet</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>At least {0} characters and not a commonly used password; a phrase of a few words works well.</source>
        <translation>Mindestens {0} Zeichen und kein häufig verwendetes Passwort; ein Satz aus einigen Wörtern eignet sich gut.</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Database: {database} on {where}</source>
        <translation>Datenbank: {database} auf {where}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>Sign in — Review Workstation</source>
        <translation>Anmelden — Review Workstation</translation>
    </message>
    <message>
        <source>Sign in to Review Workstation</source>
        <translation>Bei Review Workstation anmelden</translation>
    </message>
    <message>
        <source>This database has no users yet. Create its administrator; the administrator then adds the board&apos;s authors, reviewers and approvers.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Legen Sie ihren Administrator an; der Administrator fügt dann die Autoren, Gutachter und Freigeber des Gremiums hinzu.</translation>
    </message>
    <message>
        <source>Every change you make is recorded under your name.</source>
        <translation>Jede Ihrer Änderungen wird unter Ihrem Namen aufgezeichnet.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>as printed on signatures, e.g. Dr. Maria Lopez</source>
        <translation>wie auf Signaturen gedruckt, z. B. Dr. Maria Lopez</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation>Benutzernamen eingeben</translation>
    </message>
    <message>
        <source>enter your password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign approval</source>
        <translation>Freigabe signieren</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Bedeutung der Signatur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Open items:
</source>
        <translation>Offene Punkte:
</translation>
    </message>
    <message>
        <source>No open items: every claim has a verdict and no finding is open.</source>
        <translation>Keine offenen Punkte: Jede Aussage hat eine Bewertung, und kein Befund ist offen.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Sign and approve</source>
        <translation>Signieren und freigeben</translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>Documents (*.pdf *.html *.htm *.txt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach &amp;document to reference…</source>
        <translation>&amp;Dokument an Quelle anhängen…</translation>
    </message>
    <message>
        <source>Attach a document to the selected reference</source>
        <translation>Ein Dokument an die ausgewählte Quelle anhängen</translation>
    </message>
    <message>
        <source>Reference [{reference}]</source>
        <translation>Quelle [{reference}]</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Select a claim that cites a reference to see the reference&apos;s document here.</source>
        <translation>Eine Aussage auswählen, die eine Quelle zitiert, um hier das Dokument der Quelle zu sehen.</translation>
    </message>
    <message>
        <source>Reference [{reference}] has no document attached. Drop a PDF, HTML or text file on this pane or on the reference in the References tab, or use Attach document….</source>
        <translation>An Quelle [{reference}] hängt kein Dokument. Ziehen Sie eine PDF-, HTML- oder Textdatei auf diesen Bereich oder auf die Quelle im Reiter Quellen, oder verwenden Sie Dokument anhängen….</translation>
    </message>
    <message>
        <source> · {pages} pages</source>
        <translation> · {pages} Seiten</translation>
    </message>
    <message>
        <source> on page {page}</source>
        <translation> auf Seite {page}</translation>
    </message>
    <message>
        <source>The verdict&apos;s evidence is highlighted{page}.</source>
        <translation>Der Beleg der Bewertung ist hervorgehoben{page}.</translation>
    </message>
    <message>
        <source>The evidence lost its place when the document was replaced; kept as quoted: “{quote}”</source>
        <translation>Der Beleg hat seine Stelle verloren, als das Dokument ersetzt wurde; wie zitiert behalten: „{quote}“</translation>
    </message>
    <message>
        <source>The evidence quote is not in this document: “{quote}”</source>
        <translation>Das Belegzitat steht nicht in diesem Dokument: „{quote}“</translation>
    </message>
    <message>
        <source>{where}{section} · score {score:.2f}
{0}</source>
        <translation>{where}{section} · Wert {score:.2f}
{0}</translation>
    </message>
    <message>
        <source>Click to find it in the document; Use records it as the verdict&apos;s evidence</source>
        <translation>Klicken, um es im Dokument zu finden; Verwenden übernimmt es als Beleg der Bewertung</translation>
    </message>
    <message>
        <source>Suggested passages ({count})</source>
        <translation>Vorgeschlagene Textstellen ({count})</translation>
    </message>
    <message>
        <source>Suggested passages: none of the document&apos;s sentences bears on this claim</source>
        <translation>Vorgeschlagene Textstellen: Kein Satz des Dokuments betrifft diese Aussage</translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation>Vorgeschlagene Textstellen</translation>
    </message>
    <message>
        <source>Evidence filled in: choose a verdict, then Save verdict.</source>
        <translation>Beleg eingetragen: Bewertung wählen, dann Bewertung speichern.</translation>
    </message>
    <message>
        <source>Recording the evidence</source>
        <translation>Beleg wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Attach a document to the reference</source>
        <translation>Ein Dokument an die Quelle anhängen</translation>
    </message>
    <message>
        <source>{name} is already attached to reference {number}</source>
        <translation>{name} hängt bereits an Quelle {number}</translation>
    </message>
    <message>
        <source>Attached {file_name} to reference {number} ({pages} pages)</source>
        <translation>{file_name} an Quelle {number} angehängt ({pages} Seiten)</translation>
    </message>
    <message>
        <source>Attached {file_name} to reference {number} ({pages} page)</source>
        <translation>{file_name} an Quelle {number} angehängt ({pages} Seite)</translation>
    </message>
    <message>
        <source>; no text on page(s) {0}</source>
        <translation>; kein Text auf Seite(n) {0}</translation>
    </message>
    <message>
        <source>; {0} evidence quote(s) are not in the new document</source>
        <translation>; {0} Belegzitat(e) stehen nicht im neuen Dokument</translation>
    </message>
    <message>
        <source>Not attached: {0}</source>
        <translation>Nicht angehängt: {0}</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>One document per reference: the first file is attached</source>
        <translation>Ein Dokument pro Quelle: Die erste Datei wird angehängt</translation>
    </message>
    <message>
        <source>Record the selected passage as the verdict&apos;s evidence</source>
        <translation>Die ausgewählte Textstelle als Beleg der Bewertung übernehmen</translation>
    </message>
    <message>
        <source>Select a passage of the document to use it as evidence</source>
        <translation>Eine Textstelle des Dokuments auswählen, um sie als Beleg zu verwenden</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
    <message>
        <source>About the source</source>
        <translation>Zur Quelle</translation>
    </message>
    <message>
        <source>&amp;Use as evidence</source>
        <translation>Als Beleg &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected passage as evidence</source>
        <translation>Die ausgewählte Textstelle als Beleg verwenden</translation>
    </message>
    <message>
        <source>Attach docu&amp;ment…</source>
        <translation>Doku&amp;ment anhängen…</translation>
    </message>
    <message>
        <source>Attach a document to the reference</source>
        <translation>Ein Dokument an die Quelle anhängen</translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation>Vorgeschlagene Textstellen</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Use suggested passage {0} as evidence</source>
        <translation>Vorgeschlagene Textstelle {0} als Beleg verwenden</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Under Review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation>○ Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Changes made at other desks appear here by themselves</source>
        <translation>Änderungen an anderen Arbeitsplätzen erscheinen hier von selbst</translation>
    </message>
    <message>
        <source>The connection to the database broke; changes from other desks appear again once it is back</source>
        <translation>Die Verbindung zur Datenbank ist unterbrochen; Änderungen anderer Arbeitsplätze erscheinen wieder, sobald sie besteht</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>gestützt</translation>
    </message>
    <message>
        <source>partly reviewed</source>
        <translation>teilweise bewertet</translation>
    </message>
    <message>
        <source>partially supported</source>
        <translation>teilweise gestützt</translation>
    </message>
    <message>
        <source>not supported or contradicted</source>
        <translation>nicht gestützt oder widerlegt</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>nicht überprüfbar</translation>
    </message>
</context>
<context>
    <name>UndoLabel</name>
    <message>
        <source>Set verdict</source>
        <translation>Bewertung setzen</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Link reference</source>
        <translation>Quelle verknüpfen</translation>
    </message>
    <message>
        <source>Mark needs citation</source>
        <translation>Als quellenbedürftig markieren</translation>
    </message>
    <message>
        <source>Clear needs citation</source>
        <translation>Quellenbedarf aufheben</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Split claim</source>
        <translation>Aussage teilen</translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation>Aussagen zusammenführen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>Import retractions</source>
        <translation>Rückzüge importieren</translation>
    </message>
    <message>
        <source>Merge references</source>
        <translation>Quellen zusammenführen</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>UnsavedSource</name>
    <message>
        <source>If you open another article without saving, what you typed in the Editor is lost.</source>
        <translation>Wenn Sie einen anderen Artikel öffnen, ohne zu speichern, geht verloren, was Sie im Editor geschrieben haben.</translation>
    </message>
    <message>
        <source>If you close the window without saving, what you typed in the Editor is lost.</source>
        <translation>Wenn Sie das Fenster schließen, ohne zu speichern, geht verloren, was Sie im Editor geschrieben haben.</translation>
    </message>
    <message>
        <source>Save your changes to the source of “{title}”?</source>
        <translation>Ihre Änderungen am Quelltext von „{title}“ speichern?</translation>
    </message>
    <message>
        <source>Save your changes to the article&apos;s source?</source>
        <translation>Ihre Änderungen am Artikelquelltext speichern?</translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <source>Writes and revises articles; takes no workflow step.</source>
        <translation>Schreibt und überarbeitet Artikel; führt keine Workflow-Schritte aus.</translation>
    </message>
    <message>
        <source>Judges claims against their references, starts reviews, requests changes.</source>
        <translation>Bewertet Aussagen anhand ihrer Quellen, startet Begutachtungen, fordert Änderungen an.</translation>
    </message>
    <message>
        <source>Reviews, and approves with an electronic signature.</source>
        <translation>Begutachtet und gibt mit elektronischer Signatur frei.</translation>
    </message>
    <message>
        <source>Everything an approver does, and manages users.</source>
        <translation>Alles, was ein Freigeber tut, und verwaltet Benutzer.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Last sign-in (UTC)</source>
        <translation>Letzte Anmeldung (UTC)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>none set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>must change at next sign-in</source>
        <translation>muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Select a user first</source>
        <translation>Zuerst einen Benutzer auswählen</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>R&amp;eaktivieren</translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation>Das Konto wieder anmelden lassen</translation>
    </message>
    <message>
        <source>{name} is not locked</source>
        <translation>{name} ist nicht gesperrt</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while you are signed in with it</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren, während Sie damit angemeldet sind</translation>
    </message>
    <message>
        <source>Stop the account signing in (it stays in the audit trail)</source>
        <translation>Anmeldungen des Kontos beenden (es bleibt im Audit-Trail)</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Rolle von {name} ändern</translation>
    </message>
    <message>
        <source>{name} is deactivated</source>
        <translation>{name} ist deaktiviert</translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation>Ein neues Passwort für {name} setzen</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>{name} als {role} hinzugefügt.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} ist jetzt {role}.</translation>
    </message>
    <message>
        <source>The password of {name} was reset</source>
        <translation>Das Passwort von {name} wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>; they choose their own at the next sign-in.</source>
        <translation>; bei der nächsten Anmeldung wird ein eigenes gewählt.</translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation>{name} ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation>{name} ist entsperrt.</translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation>Benutzer werden geändert</translation>
    </message>
    <message>
        <source>Windows now lock after {minutes} minutes without input.</source>
        <translation>Fenster sperren sich jetzt nach {minutes} Minuten ohne Eingabe.</translation>
    </message>
    <message>
        <source>Windows now lock after {minutes} minute without input.</source>
        <translation>Fenster sperren sich jetzt nach {minutes} Minute ohne Eingabe.</translation>
    </message>
    <message>
        <source>Windows no longer lock when left unattended.</source>
        <translation>Unbeaufsichtigte Fenster sperren sich nicht mehr.</translation>
    </message>
    <message>
        <source>Changing the idle lock</source>
        <translation>Leerlaufsperre wird geändert</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users — Review Workstation</source>
        <translation>Benutzer — Review Workstation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users are never deleted: the audit trail names them. Deactivate an account that is no longer needed; it keeps its history and can be reactivated.</source>
        <translation>Benutzer werden nie gelöscht: Der Audit-Trail nennt sie. Deaktivieren Sie ein nicht mehr benötigtes Konto; es behält seinen Verlauf und kann reaktiviert werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation>Deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>E&amp;ntsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Idle lock, minutes</source>
        <translation>Leerlaufsperre, Minuten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Apply the idle lock</source>
        <translation>Leerlaufsperre übernehmen</translation>
    </message>
    <message>
        <source>&amp;Lock an unattended window after</source>
        <translation>Unbeaufsichtigtes Fenster &amp;sperren nach</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>ohne Eingabe</translation>
    </message>
    <message>
        <source>Idle lock (every desk)</source>
        <translation>Leerlaufsperre (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <source>The window hides its work and asks for the password again; nothing unsaved is lost. “never” turns the lock off.</source>
        <translation>Das Fenster verbirgt seine Arbeit und fragt erneut nach dem Passwort; nichts Ungespeichertes geht verloren. „nie“ schaltet die Sperre aus.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>supported</source>
        <translation>gestützt</translation>
    </message>
    <message>
        <source>partially-supported</source>
        <translation>teilweise gestützt</translation>
    </message>
    <message>
        <source>not-supported</source>
        <translation>nicht gestützt</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>widerlegt</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>nicht überprüfbar</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>&amp;Start review</source>
        <translation>Begutachtung &amp;starten</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Änderungen an&amp;fordern…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Wieder ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Select an article first</source>
        <translation>Zuerst einen Artikel auswählen</translation>
    </message>
    <message>
        <source>No user is signed in</source>
        <translation>Kein Benutzer ist angemeldet</translation>
    </message>
    <message>
        <source>Not a step from {status}</source>
        <translation>Kein Schritt ab {status}</translation>
    </message>
    <message>
        <source>{title}: please give the reason (it is kept in the audit trail).</source>
        <translation>{title}: Bitte geben Sie die Begründung an (sie wird im Audit-Trail aufbewahrt).</translation>
    </message>
</context>
</TS>
