<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Review Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>e.g. mlopez (how they sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on signatures, e.g. Dr. Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignAction</name>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the reviewer, the approver and the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: reviewer {0}, approver {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer cannot also be the approver (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to
{file}

{size}; integrity checked; the audit trail in the copy verifies ({0} events). The backup is recorded in the audit trail as event {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{0} bars. {HOW_TO}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (bar {position} of {1}). {HOW_TO}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>— no verdict —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote or locate the supporting passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K: next / previous claim · 1–5: set the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <source>Comment on the selected passage or the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reviews yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {as_of:%Y-%m-%d %H:%M} UTC · period: the 26 weeks from {day} {period_start:%b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count:,} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {count:,} article(s) in the library{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested before the first approval: mean {mean}; {more_than_once:,} of {articles:,} article(s) went round more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article was first approved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAwareness</name>
    <message>
        <source>⚠ {text}. Saving over their revision opens a dialog to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: revision {number} by {0} came first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Someone saved this article while you edited it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} saved revision {number} at {when}&lt;/b&gt; while you were editing revision {1}. Nothing has been saved or overwritten yet: choose how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: revision {number} by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: your unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: your changes placed in their text (edit before saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>Revision {revision_number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Save revision  (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export approved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: no article is approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is approved yet, and only approved articles are exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export approved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {approved:%Y-%m-%d %H:%M} (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes {0} ({1} × {2}) and index.html to {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSummaryBox</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Why the selected article is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter approved articles by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all listed articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the article selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference style of HTML and PDF exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;References in HTML and PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the files are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export will write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open finding to dismiss it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search titles and text  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the dashboard filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole library again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window belongs to {display_name} ({name}). Enter your password to continue; your unsaved work is as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after {minutes} minute{0} without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as someone else discards what {display_name} has not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: {unread} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPopup</name>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Assignments, requested changes, approvals, due re-reviews and @mentions of you will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesController</name>
    <message>
        <source>&amp;References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reference library (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip}: nobody is signed in (File → Sign in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {retracted} retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two selected records into the older one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two records of the same work to merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesPanel</name>
    <message>
        <source>Search titles, authors, journals, DOI or PMID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reference library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two records of the same work to merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see its details, the articles citing it and its conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesTab</name>
    <message>
        <source>This article lists no references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenFirstDialog</name>
    <message>
        <source>Approved article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1}.

Reopening puts the article back Under Review (recorded in the audit trail with your reason) and supersedes the signature; the change is then made. The article needs a new approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why reopen it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen and change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has not been saved and will be discarded. Sign out anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: nobody is signed in (File → Sign in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {display_name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name}, user name {user}, role {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: the window shows the database but changes nothing. File → Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Review Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on signatures, e.g. Dr. Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open items: every claim has a verdict and no finding is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>Attach &amp;document to reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference [{reference}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{section} · score {score:.2f}
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to find it in the document; Use records it as the verdict&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested passages ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested passages: none of the document&apos;s sentences bears on this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence filled in: choose a verdict, then Save verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document per reference: the first file is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected passage as the verdict&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage of the document to use it as evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach docu&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made at other desks appear here by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database broke; changes from other desks appear again once it is back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while you are signed in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the account signing in (it stays in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users — Review Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock an unattended window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock (every desk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
