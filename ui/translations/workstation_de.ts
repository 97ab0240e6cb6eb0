<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source> (standalone build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Review Workstation {0}&lt;/h3&gt;&lt;p&gt;Medical review of health articles: claims checked against their references, Submitted → Under Review → Approved with electronic signatures, a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt {2}, PySide6 {3}, Python {4}{frozen}&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Review Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are never deleted (the audit trail names them); an account that is no longer needed is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mlopez (how they sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
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
    <message>
        <source>enter a user name</source>
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
        <source>No user is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approvers and admins assign reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article first</source>
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
    <message>
        <source>Assigning</source>
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
        <source>Save a verified copy of the database (it may stay open and in use meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Workstation backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up: a team database (PostgreSQL) is backed up with pg_dump on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up: nobody is signed in (File → Sign in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database</source>
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
        <source>An administrator reset the password of {who} ({name}). Choose your own before you continue. Your current password is the one the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {who} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
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
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two new passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Arrow keys move between the bars; Enter shows a bar&apos;s articles in the library.</source>
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
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited references of the selected claim</source>
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
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected passage or the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
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
        <source>Dashboard: where the board&apos;s work stands ({SHORTCUT})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source> (approved, next review date reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not approved, past the assignment&apos;s due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles by how often changes were requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles approved and submitted per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reviews and approvals signed per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by code</source>
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
        <source>as of {as_of} UTC · period: the 26 weeks from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {count} article(s) in the library{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested before the first approval: mean {mean}; {more_than_once} of {articles} article(s) went round more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) with changes requested {1} time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) approved in the week of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} article(s) submitted in the week of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open review(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} approval(s) signed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open {1} finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting or with the author (Submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission to approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;{median}&lt;/b&gt;&lt;/span&gt; median, &lt;b&gt;{p90}&lt;/b&gt; for 90% of the &lt;a href=&apos;{link}&apos;&gt;{count} article(s) first approved&lt;/a&gt; in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article was first approved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
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
    <message>
        <source>Kept revision {number} by {author}; your edit was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept revision {number} by {author}; your edit is kept as a revision beside it (see History).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the merge as revision {revision_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the revision</source>
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
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were all placed in their text ({placed} passage(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unplaced} of your changes could not be placed (they touched the same passage); copy them from your side.</source>
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
        <source>Save the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged text as a new revision on top of theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your edit; their revision stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs + a copy of mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their revision stays current; yours is kept as a revision beside it</source>
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
    <message>
        <source>Saved revision {revision_number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {0} claim(s) lost their place in the text and need a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Markdown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision  (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others editing this article</source>
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
        <source>Listing approved articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is not listed: it has no approved revision to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is not listed: it is {status}, and only approved articles are exported.</source>
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
    <message>
        <source>Exporting {0} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0} article</source>
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
        <source>Choose at least one article to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved {0} (local time)</source>
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
        <source>{0} of {total} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {shown} shown</source>
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
    <name>ExportSummary</name>
    <message>
        <source>{0} for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after {done} of {0}. {written} written to {folder}; the rest was not started, and no file was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Refused ({0}):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… and {0} more (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Not written:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {0} written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n format(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n other file(s)</source>
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
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open finding to dismiss it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lost its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Reason:&lt;/i&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Signed&lt;/b&gt; by {name} ({role}), meaning “{meaning}”, revision {revision}, {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing recorded yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unchanged line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No differences.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision differences</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>IdleLock</name>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks found no claims in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article lists no references: its {0} claim(s) cannot be checked against a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} claims have a verdict for every reference they cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; due for re-review since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reviewer {0}, approver {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for re-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>OpRunner</name>
    <message>
        <source>Working…</source>
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
    <name>ReferenceLibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMID {pmid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {retraction_date:%Y-%m-%d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{retraction}{when} (Retraction Watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{conflicts} conflicting value(s) to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (retracted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesController</name>
    <message>
        <source>Reference files (*.ris *.bib *.bibtex *.nbib *.medline *.json *.txt);;RIS (*.ris);;BibTeX (*.bib);;PubMed/MEDLINE (*.nbib *.txt);;CSL-JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import RIS, BibTeX, PubMed (.nbib) or CSL-JSON files into the reference library</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>References: {0} record(s), {merged} merged, {1} article reference(s) linked, {suggested} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} file(s) refused: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge record {gone} “{0}” into record {keep} “{1}”? Differing values are kept as conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no authors&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMID {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {retraction_date:%Y-%m-%d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-weight:600&quot;&gt;⚠ {0}{when} (Retraction Watch record {1})&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Reason: {0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Cited by&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No article cites it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;article:{article_id}&quot;&gt;{0}&lt;/a&gt;, reference {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — suggested ({method} {score:.0f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — linked by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Conflicting values&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;From {0}&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI / PMID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> et al.</source>
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
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set your own password here; File → Change my password… does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} this password in person. They must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
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
    <name>ReviewRows</name>
    <message>
        <source>Cites [{0}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{0}] not in the reference list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text changed: re-check the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost its place in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed by {dismissed_by}: {dismissed_reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the new role allows applies from the next step the user takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a different role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} must choose a new password first (an admin reset it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has not been saved and will be discarded. Sign out anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to review (the window is read-only until someone does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let someone else sign in at this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out; the window stays open, read-only, until someone signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, change roles, reset passwords, unlock accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: nobody is signed in (File → Sign in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article source in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: only an admin manages users; {user} is {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: sign in as an admin first</source>
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
        <source>Signing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>At least {0} characters and not a commonly used password; a phrase of a few words works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database} on {where}</source>
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
        <source>Sign in to Review Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create its administrator; the administrator then adds the board&apos;s authors, reviewers and approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on signatures, e.g. Dr. Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
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
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
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
        <source>Documents (*.pdf *.html *.htm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Select a claim that cites a reference to see the reference&apos;s document here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference [{reference}] has no document attached. Drop a PDF, HTML or text file on this pane or on the reference in the References tab, or use Attach document….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s evidence is highlighted{page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence lost its place when the document was replaced; kept as quoted: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence quote is not in this document: “{quote}”</source>
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
        <source>Recording the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already attached to reference {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {file_name} to reference {number} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {file_name} to reference {number} ({pages} page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no text on page(s) {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {0} evidence quote(s) are not in the new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
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
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected passage as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach docu&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the reference</source>
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
    <message>
        <source>Use suggested passage {0} as evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
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
        <source>Writes and revises articles; takes no workflow step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judges claims against their references, starts reviews, requests changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews, and approves with an electronic signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything an approver does, and manages users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
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
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAdmin</name>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Added {name} as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; they choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows now lock after {minutes} minutes without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows now lock after {minutes} minute without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows no longer lock when left unattended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the idle lock</source>
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
        <source>Users are never deleted: the audit trail names them. Deactivate an account that is no longer needed; it keeps its history and can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
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
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the idle lock</source>
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
    <message>
        <source>The window hides its work and asks for the password again; nothing unsaved is lost. “never” turns the lock off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially-supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>&amp;Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a step from {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: please give the reason (it is kept in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
