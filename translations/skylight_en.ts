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
    <name>BookingDetails</name>
    <message>
        <source>Select a booking to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this contact in Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;bookings of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every booking of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type, resource, time or notes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the booking confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the booking completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking after confirmation (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any free resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Press Book to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a booking type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps &quot;%1&quot; at %2 on the same resource.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (Ctrl+1), week (Ctrl+2) or list (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one booking type and its free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ca&amp;ncelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types (no free slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the account&apos;s time zone, %1. Now: %2 there, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: it would overlap &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>%1 on this computer</source>
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
    <name>ContactNames</name>
    <message>
        <source>Contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySheetPrinter</name>
    <message>
        <source>No bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <source>Show the bookings of every contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1 ✕</source>
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
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
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
