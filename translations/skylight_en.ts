<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request. Please check the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted. Please enter a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not found. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Requests will continue at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsModel</name>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop client for SkyLight Chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on demo data served by a built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --profile cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>⛔ BLACKLISTED — messages from this contact are blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book &amp;appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact in the list to see their details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +971 50 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDraft</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search name, phone or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts of this filter to CSV (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Their notes go with them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one &quot;@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete e-mail address (for example name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rows that failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; Import sends the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1 Import resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows ready to import, %2 with problems that will be skipped and reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending them takes %1 (at most %2 contacts a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done; %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1. Not imported: %2. Not yet sent: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rows that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SkyLight Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: you are using the built-in sandbox. Nothing you do here reaches SkyLight Chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyLight Desk — demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request limit reached: waiting until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, &quot;+&quot;, &quot;-&quot; and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the number with &quot;+&quot; and the country code, e.g. +971 50 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not exist in its country&apos;s numbering plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>There is no saved profile called &quot;%1&quot;. Enter its details to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable on this computer, so your saved API key cannot be read. Enter the key to use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved API key could not be read from the keychain (%1). Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable on this computer, so SkyLight Desk cannot save your API key securely. It will never store the key in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not save your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use the key for this session only; you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as profile &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the API key of &quot;%1&quot;. Enter a valid key to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of &quot;%1&quot;. Enter an API key to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and delete its API key from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to SkyLight Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key from your SkyLight Chat dashboard (Settings → API keys). The key is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Main branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send key &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer header (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Api-Key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyLight Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
