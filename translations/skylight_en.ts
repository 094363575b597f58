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
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
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
    <message>
        <source>The server&apos;s answer was too large to read safely, so it was dropped. Narrow the list with a search or a filter and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server, so nothing was sent. Check your internet connection and the server address.</source>
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
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
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
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
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
    <message>
        <source>Matching contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading booking types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking types could not be loaded. %1 Press Book to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the booking. Checking whether it was made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The booking was not made. Press Book to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The booking could not be checked, so it may have been made. Press Check again before booking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Cancel booking</source>
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
    <name>CalendarClock</name>
    <message>
        <source>Times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the account&apos;s time zone, %1. Now: %2 there, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>contact, booking type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day sheet could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
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
    <name>CalendarToolbar</name>
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
        <source>Export .ics…</source>
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
        <source>Save day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
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
        <source>All types (no free slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between free slots and bookings; Enter books the free slot or opens the booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between bookings; Enter opens one. Choose a booking type to see its free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>lane, day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>from–to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free, %1, %2</source>
        <comment>free slot: lane and day, times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>booking: who and what, status, times</comment>
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
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
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
    <message>
        <source>With --sandbox: a customer message arrives every &lt;seconds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate-traffic needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate-traffic works only with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPaletteDialog</name>
    <message>
        <source>Go to or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, a date, a section or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching contacts and conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose, Enter opens, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerRules</name>
    <message>
        <source>Choose a conversation to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is blacklisted: messages cannot be sent. Remove them from the blacklist to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel is connected. Connect one in Account to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 channel is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is reached on %1, which is not connected on the account. Connect it in Account to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected channels could not be loaded: %1 They are loaded again with the next refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connected channels…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel the reply goes out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reply; / for quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter; Shift+Enter for a new line; Ctrl+Enter always sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a quick reply (/ at the start of the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter; Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusPresenter</name>
    <message>
        <source>Not connected: the server cannot be reached. Nothing can be sent until it is back; every section reloads by itself then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server is having trouble. Every section reloads by itself when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server to answer…</source>
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
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
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
    <message>
        <source>The server did not confirm the contact. Checking whether it was saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The contact was not saved. Press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The contact could not be checked, so it may have been saved. Press Check again before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
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
    <message>
        <source>Cancelled while it was being sent: it may have been created. Check Contacts before importing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields are not a JSON object such as {&quot;vip&quot;: &quot;yes&quot;}.</source>
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
    <name>ContactPanel</name>
    <message>
        <source>Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist %1? You will not be able to send them messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the blacklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blacklist was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags and fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this contact&apos;s tags and custom fields here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags and fields were not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTagsEditor</name>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>&amp;Tags:</source>
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
    <message>
        <source>Added</source>
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
    <message>
        <source>Oldest messages first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
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
    <name>DeliveriesModel</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryDetailDialog</name>
    <message>
        <source>Delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request and response (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request and response to a file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLogView</name>
    <message>
        <source>Show &amp;delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deliveries with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deliveries of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this event to the endpoint again, as a new delivery with a sample payload</source>
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
    <name>FreedesktopNotifications</name>
    <message>
        <source>Open conversation</source>
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
    <message numerus="yes">
        <source>Sending them takes %1 (at most %n contact(s) a minute).</source>
        <translation>
            <numerusform>Sending them takes %1 (at most %n contact a minute).</numerusform>
            <numerusform>Sending them takes %1 (at most %n contacts a minute).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows ready to import: %1. With problems (skipped and reported): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows done. Waiting %n s so colleagues can keep working: the import leaves %3% of the key&apos;s requests to them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxNotifier</name>
    <message>
        <source>New %1 message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Search name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox commands; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the conversation &amp;list every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the open &amp;conversation every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter sends the reply (Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute notifications and sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;sound for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it also while this &amp;window is in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter always sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>While this window is in front, checking for news costs about %n request(s) a minute: %1% of the %2 a minute your API key allows. Shorter intervals show messages sooner but leave less for searching, sending and the other panes; in the background the list is checked once a minute.</source>
        <translation>
            <numerusform>While this window is in front, checking for news costs about %n request a minute: %1% of the %2 a minute your API key allows. Shorter intervals show messages sooner but leave less for searching, sending and the other panes; in the background the list is checked once a minute.</numerusform>
            <numerusform>While this window is in front, checking for news costs about %n requests a minute: %1% of the %2 a minute your API key allows. Shorter intervals show messages sooner but leave less for searching, sending and the other panes; in the background the list is checked once a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTray</name>
    <message numerus="yes">
        <source>SkyLight Desk: %n conversation(s) with unread messages</source>
        <translation>
            <numerusform>SkyLight Desk: %n conversation with unread messages</numerusform>
            <numerusform>SkyLight Desk: %n conversations with unread messages</numerusform>
        </translation>
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
    <name>LoadingNotice</name>
    <message>
        <source>This is taking longer than usual. Still waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostCreateCheck</name>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
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
    <message>
        <source>I &amp;work as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SkyLight Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SkyLight Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SkyLight Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The desktop app for the staff of businesses on SkyLight Chat: inbox, contacts, bookings, webhooks and team.&lt;/p&gt;&lt;p&gt;Your API key is kept in this computer&apos;s keychain, never in a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a section and how many of its items are unread</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to or &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a contact, conversation, booking, section or command</source>
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
    <name>MessageDelegate</name>
    <message>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>OfflineNotice</name>
    <message>
        <source>Offline: showing what was saved at %1. It refreshes by itself when the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing what was saved at %1 while the server answers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteItemDelegate</name>
    <message>
        <source>Recent · %1</source>
        <comment>a palette row chosen lately: Recent · Contact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>palette row: kind · detail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>palette row read aloud: kind, title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneOrder</name>
    <message>
        <source>Receptionist: appointments first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: conversations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin: webhooks and team first</source>
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
    <name>QuickRepliesEditor</name>
    <message>
        <source>Type / at the start of a reply to insert one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quick reply is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quick reply &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickRepliesStore</name>
    <message>
        <source>Thank you for your message, we will get back to you shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointment is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you tell us a convenient time?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickReplyList</name>
    <message>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>No quick reply matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedAgeMarker</name>
    <message>
        <source>Saved %1</source>
        <comment>a list&apos;s rows come from the offline cache, saved at this time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from what was saved on %1; it refreshes when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signing secret of %1. The old secret no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret of %1. Use it to check the X-SkyLight-Signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMessageText</name>
    <message>
        <source>A cancelled booking cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed booking cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed booking cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed booking cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a phone or an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is blacklisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email field is required when phone is not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone field is required when email is not present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email has already been taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given data was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active admin cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active admin cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active admin cannot be demoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected slot is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timezone must be a valid IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The url must be a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The url must use https (plain http is allowed only for localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date does not match the format Y-m-d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Many Attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is not allowed to use this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must have at least 1 item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected %1 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a valid E.164 phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may not be greater than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 channel is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event %1 is not one of the available events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1</source>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
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
    <name>SignatureCheckerDialog</name>
    <message>
        <source>Check a webhook signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the raw body your endpoint received and its X-SkyLight-Signature header, then enter the webhook&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Edit team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: can sign in and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including webhooks, the team and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers conversations and manages contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books, moves and cancels appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or activate the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the team? They can no longer sign in. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the member. Checking whether they were added…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The member could not be checked, so they may have been added. Press Check again before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the text back into the reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was not sent. Its text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was not sent: %1 Its text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) from %1, the last: %2</source>
        <translation>
            <numerusform>%n new message from %1, the last: %2</numerusform>
            <numerusform>%n new messages from %1, the last: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm your message and it could not be checked; it may have been sent. Its text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in the conversation for this message again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadViewProxy</name>
    <message>
        <source>From the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From us (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>sender, time: message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Edit webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: send events to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEventText</name>
    <message>
        <source>A contact was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact was updated or its blacklist flag toggled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inbound message arrived from a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was sent to a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking was changed or rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking was marked completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support ticket was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSignatureChecker</name>
    <message>
        <source>The signature matches: this payload was signed with this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match. Either the secret is wrong or the payload was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature must start with &quot;sha256=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the X-SkyLight-Signature header: &quot;sha256=&quot; followed by hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookUrlRule</name>
    <message>
        <source>Enter the address that should receive the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete web address (for example https://example.com/hooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https address; plain http is allowed only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPane</name>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to send as a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test event to the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signature with a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook for %1? Events will no longer be sent there, and its delivery log is deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook for %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new signing secret for %1? The old secret stops working at once: your endpoint must use the new one to check signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test %1 event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event was not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event sent; waiting for the endpoint to answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test event is still waiting for an answer; see the delivery log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivered: HTTP %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery failed: the endpoint answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret: %1 (shown in full only when it is made or regenerated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the %1 event again as a new delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the webhook. Checking whether it was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook %1 was created, but its signing secret did not arrive. Use Regenerate secret to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The webhook could not be checked, so it may have been created. Press Check again before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <comment>the section in the navigation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteOutcome</name>
    <message>
        <source>The server did not confirm the change, so it may have been saved.</source>
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
