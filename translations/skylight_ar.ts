<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_AE">
<context>
    <name>AccountPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>جارٍ تحميل حسابك…</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>ملف النشاط التجاري</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>اسم النشاط التجاري:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>الاشتراك</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>الباقة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Renews on:</source>
        <translation>يتجدد في:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>جهات الاتصال:</translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation>أعضاء الفريق:</translation>
    </message>
    <message>
        <source>Messages this month:</source>
        <translation>رسائل هذا الشهر:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>القنوات:</translation>
    </message>
    <message>
        <source>Connected channels</source>
        <translation>القنوات المتصلة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>فترة تجريبية</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>الدفع متأخر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Your account could not be loaded. %1</source>
        <translation>تعذّر تحميل حسابك. %1</translation>
    </message>
    <message>
        <source>%1 (%2 per year)</source>
        <translation>‏%1 (%2 في السنة)</translation>
    </message>
    <message>
        <source>%1 (%2 per month)</source>
        <translation>‏%1 (%2 في الشهر)</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>ينتهي في:</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (بلا حد)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>تم بلوغ الحد</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Your changes were saved.</source>
        <translation>تم حفظ تغييراتك.</translation>
    </message>
    <message>
        <source>Your changes were not saved. %1</source>
        <translation>لم تُحفظ تغييراتك. %1</translation>
    </message>
    <message>
        <source>Your changes were not saved: correct the marked fields.</source>
        <translation>لم تُحفظ تغييراتك: صحّح الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request. Please check the values and try again.</source>
        <translation>لم يقبل الخادم الطلب. يُرجى التحقق من القيم والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection and the server address.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من اتصالك بالإنترنت ومن عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not made.</source>
        <translation>تعذّر التحقق من شهادة أمان الخادم، لذلك لم يتم الاتصال.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Please enter a valid key.</source>
        <translation>لم يُقبل مفتاح API. يُرجى إدخال مفتاح صالح.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation>مفتاح API هذا غير مسموح له بهذا الإجراء.</translation>
    </message>
    <message>
        <source>The item was not found. It may have been deleted.</source>
        <translation>العنصر غير موجود. ربما تم حذفه.</translation>
    </message>
    <message>
        <source>Too many requests. Requests will continue at %1.</source>
        <translation>طلبات كثيرة جدًا. ستُستأنف الطلبات في %1.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>طلبات كثيرة جدًا. يُرجى الانتظار قليلًا.</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>حدثت مشكلة في الخادم. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand.</source>
        <translation>أرسل الخادم ردًا لا يفهمه هذا التطبيق.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>تم إلغاء الطلب.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed for this computer).</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https://‏ (يُسمح بـ http فقط لخادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read safely, so it was dropped. Narrow the list with a search or a filter and try again.</source>
        <translation>كان رد الخادم أكبر من أن يُقرأ بأمان، فتم تجاهله. ضيِّق القائمة بالبحث أو بعامل تصفية ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not reach the server, so nothing was sent. Check your internet connection and the server address.</source>
        <translation>تعذّر الوصول إلى الخادم، فلم يُرسَل شيء. تحقّق من اتصالك بالإنترنت ومن عنوان الخادم.</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Select a booking to see its details.</source>
        <translation>اختر حجزًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>المورد:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>الموعد:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>أُنشئ:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>حُدِّث:</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>فتح جهة الاتصال (&amp;ف)</translation>
    </message>
    <message>
        <source>Show this contact in Contacts</source>
        <translation>عرض جهة الاتصال هذه في جهات الاتصال</translation>
    </message>
    <message>
        <source>All &amp;bookings of contact</source>
        <translation>كل حجوزات جهة الاتصال (&amp;ك)</translation>
    </message>
    <message>
        <source>List every booking of this contact</source>
        <translation>عرض كل حجوزات جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;ت)…</translation>
    </message>
    <message>
        <source>Change type, resource, time or notes (Enter)</source>
        <translation>تغيير النوع أو المورد أو الوقت أو الملاحظات (Enter)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>تأكيد (&amp;أ)</translation>
    </message>
    <message>
        <source>Mark the booking confirmed</source>
        <translation>وضع علامة مؤكَّد على الحجز</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>مكتمل (&amp;م)</translation>
    </message>
    <message>
        <source>Mark the booking completed</source>
        <translation>وضع علامة مكتمل على الحجز</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>إلغاء الحجز…</translation>
    </message>
    <message>
        <source>Cancel the booking after confirmation (Delete)</source>
        <translation>إلغاء الحجز بعد التأكيد (Delete)</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1، %2 – %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>حجز جديد</translation>
    </message>
    <message>
        <source>Type a name, phone or email</source>
        <translation>اكتب اسمًا أو هاتفًا أو بريدًا إلكترونيًا</translation>
    </message>
    <message>
        <source>No contact chosen</source>
        <translation>لم تُختر جهة اتصال</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%Ln دقيقة)</numerusform>
            <numerusform>%1 (دقيقة واحدة)</numerusform>
            <numerusform>%1 (دقيقتان)</numerusform>
            <numerusform>%1 (%Ln دقائق)</numerusform>
            <numerusform>%1 (%Ln دقيقة)</numerusform>
            <numerusform>%1 (%Ln دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any free resource</source>
        <translation>أي مورد متاح</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>جهة الاتصال (&amp;ج):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع (&amp;ن):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>المورد (&amp;م):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>البداية (&amp;ب):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>الملاحظات (&amp;ل):</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>احجز (&amp;ا)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>Edit booking</source>
        <translation>تعديل الحجز</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;ح)</translation>
    </message>
    <message>
        <source>Type #%1</source>
        <translation>النوع رقم %1</translation>
    </message>
    <message>
        <source>Resource #%1</source>
        <translation>المورد رقم %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Depends on the type</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>Times are in %1; %2</source>
        <translation>الأوقات بتوقيت %1؛ %2</translation>
    </message>
    <message>
        <source>%1 Press Book to try again.</source>
        <translation>%1 اضغط «احجز» للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation>اختر جهة اتصال.</translation>
    </message>
    <message>
        <source>Choose a booking type.</source>
        <translation>اختر نوع الحجز.</translation>
    </message>
    <message>
        <source>This overlaps &quot;%1&quot; at %2 on the same resource.</source>
        <translation>يتداخل هذا مع «%1» في %2 على المورد نفسه.</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>جهات الاتصال المطابقة</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <source>Loading booking types…</source>
        <translation>جارٍ تحميل أنواع الحجز…</translation>
    </message>
    <message>
        <source>The booking types could not be loaded. %1 Press Book to try again.</source>
        <translation>تعذّر تحميل أنواع الحجز. %1 اضغط «احجز» للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not confirm the booking. Checking whether it was made…</source>
        <translation>لم يؤكد الخادم الحجز. جارٍ التحقق مما إذا كان قد تم…</translation>
    </message>
    <message>
        <source>%1 The booking was not made. Press Book to try again.</source>
        <translation>%1 لم يتم الحجز. اضغط «احجز» للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 The booking could not be checked, so it may have been made. Press Check again before booking again.</source>
        <translation>%1 تعذّر التحقق من الحجز، لذا ربما تم. اضغط «تحقّق مجددًا» قبل الحجز مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>تحقّق مجددًا (&amp;ت)</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Not moved: it would overlap &quot;%1&quot;.</source>
        <translation>لم يُنقل: سيتداخل مع «%1».</translation>
    </message>
    <message>
        <source>The booking was not moved: %1</source>
        <translation>لم يُنقل الحجز: %1</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2?</source>
        <translation>هل تريد إلغاء حجز %1 في %2؟</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Type #%1</source>
        <translation>النوع رقم %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي مورد</translation>
    </message>
    <message>
        <source>Resource #%1</source>
        <translation>المورد رقم %1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>CalendarClock</name>
    <message>
        <source>Times are in %1.</source>
        <translation>الأوقات بتوقيت %1.</translation>
    </message>
    <message>
        <source>Times are in the account&apos;s time zone, %1. Now: %2 there, %3.</source>
        <translation>الأوقات بالمنطقة الزمنية للحساب، %1. الآن: %2 هناك، %3.</translation>
    </message>
</context>
<context>
    <name>CalendarPane</name>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>تعذرت كتابة ملف التقويم: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>contact, booking type</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The day sheet could not be made: %1</source>
        <translation>تعذّر إعداد ورقة اليوم: %1</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>Go to a date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Day (Ctrl+1), week (Ctrl+2) or list (Ctrl+3)</source>
        <translation>يوم (Ctrl+1) أو أسبوع (Ctrl+2) أو قائمة (Ctrl+3)</translation>
    </message>
    <message>
        <source>Show one booking type and its free slots</source>
        <translation>عرض نوع حجز واحد وأوقاته المتاحة</translation>
    </message>
    <message>
        <source>Show one resource</source>
        <translation>عرض مورد واحد</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Show ca&amp;ncelled</source>
        <translation>إظهار الملغاة (&amp;إ)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>حجز جديد</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Print day sheet…</source>
        <translation>طباعة جدول اليوم…</translation>
    </message>
    <message>
        <source>Day sheet as PDF…</source>
        <translation>جدول اليوم بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>تصدير ⁨.ics⁩…</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>عرض اليوم</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>عرض الأسبوع</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>عرض القائمة</translation>
    </message>
    <message>
        <source>Save day sheet</source>
        <translation>حفظ جدول اليوم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>تصدير الحجوزات</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>All types (no free slots)</source>
        <translation>كل الأنواع (بلا أوقات متاحة)</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>كل الموارد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Arrow keys move between free slots and bookings; Enter books the free slot or opens the booking.</source>
        <translation>تنتقل مفاتيح الأسهم بين المواعيد الشاغرة والحجوزات؛ ويحجز Enter الموعد الشاغر أو يفتح الحجز.</translation>
    </message>
    <message>
        <source>Arrow keys move between bookings; Enter opens one. Choose a booking type to see its free slots.</source>
        <translation>تنتقل مفاتيح الأسهم بين الحجوزات؛ ويفتح Enter الحجز. اختر نوع حجز لترى مواعيده الشاغرة.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>lane, day</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Free, %1, %2</source>
        <comment>free slot: lane and day, times</comment>
        <translation>شاغر، %1، %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>booking: who and what, status, times</comment>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>ChannelsModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>ماسنجر</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسائل SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>دردشة الموقع</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>الرقم أو العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>متصل منذ</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop client for SkyLight Chat.</source>
        <translation>تطبيق سطح المكتب لـ SkyLight Chat.</translation>
    </message>
    <message>
        <source>Start on demo data served by a built-in sandbox.</source>
        <translation>البدء ببيانات تجريبية من بيئة تجريبية مدمجة.</translation>
    </message>
    <message>
        <source>Sign in with the saved profile &lt;name&gt;.</source>
        <translation>تسجيل الدخول بالملف الشخصي المحفوظ &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en or ar.</source>
        <translation>استخدام اللغة &lt;code&gt;‏: en أو ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ar.</source>
        <translation>لغة غير معروفة &quot;%1&quot;: استخدم en أو ar.</translation>
    </message>
    <message>
        <source>--sandbox and --profile cannot be used together.</source>
        <translation>لا يمكن استخدام ‎--sandbox و‎--profile معًا.</translation>
    </message>
    <message>
        <source>With --sandbox: a customer message arrives every &lt;seconds&gt;.</source>
        <translation>مع ‎--sandbox: تصل رسالة من عميل كل &lt;seconds&gt; ثانية.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--simulate-traffic needs a number of seconds from 1 to 3600.</source>
        <translation>يحتاج ‎--simulate-traffic إلى عدد من الثواني بين 1 و3600.</translation>
    </message>
    <message>
        <source>--simulate-traffic works only with --sandbox.</source>
        <translation>يعمل ‎--simulate-traffic مع ‎--sandbox فقط.</translation>
    </message>
</context>
<context>
    <name>CommandPaletteDialog</name>
    <message>
        <source>Go to or run</source>
        <translation>انتقال أو تنفيذ</translation>
    </message>
    <message>
        <source>A name, a date, a section or a command</source>
        <translation>اسم أو تاريخ أو قسم أو أمر</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>النتائج المطابقة</translation>
    </message>
    <message>
        <source>Searching contacts and conversations…</source>
        <translation>جارٍ البحث في جهات الاتصال والمحادثات…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>لا شيء يطابق.</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter opens, Esc closes.</source>
        <translation>الأسهم للأعلى وللأسفل للاختيار، Enter للفتح، Esc للإغلاق.</translation>
    </message>
</context>
<context>
    <name>ComposerRules</name>
    <message>
        <source>Choose a conversation to reply.</source>
        <translation>اختر محادثة للرد.</translation>
    </message>
    <message>
        <source>This contact is blacklisted: messages cannot be sent. Remove them from the blacklist to reply.</source>
        <translation>جهة الاتصال هذه في القائمة السوداء: لا يمكن إرسال رسائل. أزلها من القائمة السوداء للرد.</translation>
    </message>
    <message>
        <source>No channel is connected. Connect one in Account to reply.</source>
        <translation>لا توجد قناة متصلة. صِل قناة في الحساب للرد.</translation>
    </message>
    <message>
        <source>The %1 channel is not connected.</source>
        <translation>قناة %1 غير متصلة.</translation>
    </message>
    <message>
        <source>This contact is reached on %1, which is not connected on the account. Connect it in Account to reply.</source>
        <translation>يُتواصل مع جهة الاتصال هذه عبر %1، وهي غير متصلة في الحساب. صِلها من «الحساب» لتتمكن من الرد.</translation>
    </message>
    <message>
        <source>The connected channels could not be loaded: %1 They are loaded again with the next refresh (F5).</source>
        <translation>تعذّر تحميل القنوات المتصلة: %1 سيُعاد تحميلها مع التحديث التالي (F5).</translation>
    </message>
    <message>
        <source>Loading the connected channels…</source>
        <translation>جارٍ تحميل القنوات المتصلة…</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>The channel the reply goes out on</source>
        <translation>القناة التي يُرسل عبرها الرد</translation>
    </message>
    <message>
        <source>Type a reply; / for quick replies</source>
        <translation>اكتب ردًا؛ / للردود السريعة</translation>
    </message>
    <message>
        <source>Send (Enter; Shift+Enter for a new line; Ctrl+Enter always sends)</source>
        <translation>إرسال (Enter؛ Shift+Enter لسطر جديد؛ Ctrl+Enter يرسل دائمًا)</translation>
    </message>
    <message>
        <source>Insert a quick reply (/ at the start of the reply)</source>
        <translation>إدراج رد سريع (/ في بداية الرد)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter; Enter starts a new line)</source>
        <translation>إرسال (Ctrl+Enter؛ Enter يبدأ سطرًا جديدًا)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>قناة الرد</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusPresenter</name>
    <message>
        <source>Not connected: the server cannot be reached. Nothing can be sent until it is back; every section reloads by itself then.</source>
        <translation>غير متصل: تعذّر الوصول إلى الخادم. لا يمكن إرسال أي شيء حتى يعود، وعندها يُعاد تحميل كل قسم من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>Not connected: the server is having trouble. Every section reloads by itself when it answers again.</source>
        <translation>غير متصل: الخادم يواجه مشكلة. يُعاد تحميل كل قسم من تلقاء نفسه عندما يستجيب من جديد.</translation>
    </message>
    <message>
        <source>Waiting for the server to answer…</source>
        <translation>في انتظار ردّ الخادم…</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>⛔ BLACKLISTED — messages from this contact are blocked</source>
        <translation>⛔ محظور — رسائل جهة الاتصال هذه محجوبة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تعديل (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف… (&amp;ح)</translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation>إضافة إلى قائمة الحظر (&amp;إ)</translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation>فتح المحادثة (&amp;ف)</translation>
    </message>
    <message>
        <source>Book &amp;appointment</source>
        <translation>حجز موعد (&amp;م)</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>اكتب ملاحظة لا يراها إلا فريقك</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة ملاحظة (&amp;ض)</translation>
    </message>
    <message>
        <source>Notes (newest first)</source>
        <translation>الملاحظات (الأحدث أولاً)</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولاً.</translation>
    </message>
    <message>
        <source>Remove from &amp;blacklist</source>
        <translation>إزالة من قائمة الحظر (&amp;ق)</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>لم يتم اختيار جهة اتصال</translation>
    </message>
    <message>
        <source>Choose a contact in the list to see their details and notes.</source>
        <translation>اختر جهة اتصال من القائمة لعرض تفاصيلها وملاحظاتها.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>غير محظور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>e.g. +971 50 123 4567</source>
        <translation>مثال: ‎+971 50 123 4567</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;ا)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهاتف (&amp;ه)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني (&amp;ب)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>القناة (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>الوسوم (&amp;و)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>حفظ (%1)</translation>
    </message>
    <message>
        <source>The server did not confirm the contact. Checking whether it was saved…</source>
        <translation>لم يؤكد الخادم جهة الاتصال. جارٍ التحقق مما إذا كانت قد حُفظت…</translation>
    </message>
    <message>
        <source>%1 The contact was not saved. Press Save to try again.</source>
        <translation>%1 لم تُحفظ جهة الاتصال. اضغط «حفظ» للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 The contact could not be checked, so it may have been saved. Press Check again before saving again.</source>
        <translation>%1 تعذّر التحقق من جهة الاتصال، لذا ربما حُفظت. اضغط «تحقّق مجددًا» قبل الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>تحقّق مجددًا (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;ح)</translation>
    </message>
</context>
<context>
    <name>ContactDraft</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>أدخل اسم جهة الاتصال.</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>الاسم أطول من 255 حرفاً.</translation>
    </message>
    <message>
        <source>A contact needs a phone number or an e-mail address.</source>
        <translation>تحتاج جهة الاتصال إلى رقم هاتف أو عنوان بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Cancelled while it was being sent: it may have been created. Check Contacts before importing it again.</source>
        <translation>أُلغي أثناء إرساله: ربما أُنشئ. تحقّق من جهات الاتصال قبل استيراده مرة أخرى.</translation>
    </message>
    <message>
        <source>The custom fields are not a JSON object such as {&quot;vip&quot;: &quot;yes&quot;}.</source>
        <translation>الحقول المخصصة ليست كائن JSON مثل {&quot;vip&quot;: &quot;yes&quot;}.</translation>
    </message>
</context>
<context>
    <name>ContactNames</name>
    <message>
        <source>Contact #%1</source>
        <translation>جهة الاتصال رقم %1</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Book appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation>اكتب ملاحظة للفريق</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Blacklist…</source>
        <translation>إضافة إلى القائمة السوداء…</translation>
    </message>
    <message>
        <source>The contact could not be loaded. %1</source>
        <translation>تعذّر تحميل جهة الاتصال. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove from blacklist…</source>
        <translation>إزالة من القائمة السوداء…</translation>
    </message>
    <message>
        <source>Notes could not be loaded. %1</source>
        <translation>تعذّر تحميل الملاحظات. %1</translation>
    </message>
    <message>
        <source>API</source>
        <translation>الواجهة البرمجية</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation>لم تُحفظ الملاحظة. %1</translation>
    </message>
    <message>
        <source>Blacklist %1? You will not be able to send them messages.</source>
        <translation>إضافة %1 إلى القائمة السوداء؟ لن تتمكن من إرسال رسائل إليه.</translation>
    </message>
    <message>
        <source>Remove %1 from the blacklist?</source>
        <translation>إزالة %1 من القائمة السوداء؟</translation>
    </message>
    <message>
        <source>Blacklist contact</source>
        <translation>إضافة جهة الاتصال إلى القائمة السوداء</translation>
    </message>
    <message>
        <source>Remove from blacklist</source>
        <translation>إزالة من القائمة السوداء</translation>
    </message>
    <message>
        <source>The blacklist was not changed. %1</source>
        <translation>لم تتغير القائمة السوداء. %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاحظات (&amp;م)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>إضافة ملاحظة (&amp;إ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Edit tags and fields…</source>
        <translation>تعديل الوسوم والحقول…</translation>
    </message>
    <message>
        <source>Change this contact&apos;s tags and custom fields here</source>
        <translation>غيّر وسوم جهة الاتصال هذه وحقولها المخصصة من هنا</translation>
    </message>
    <message>
        <source>The tags and fields were not saved. %1</source>
        <translation>لم تُحفظ الوسوم والحقول. %1</translation>
    </message>
</context>
<context>
    <name>ContactTagsEditor</name>
    <message>
        <source>Add &amp;field</source>
        <translation>إضافة حقل (&amp;ض)</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>إزالة الحقل (&amp;ز)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;ح)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الوسوم (&amp;و):</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>⛔ Blacklisted</source>
        <translation>⛔ محظور</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>غير محظور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search name, phone or e-mail (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد الإلكتروني (Ctrl+F)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Blacklisted only</source>
        <translation>المحظورون فقط</translation>
    </message>
    <message>
        <source>Not blacklisted</source>
        <translation>غير المحظورين</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولاً</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولاً</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>الاسم تصاعدياً</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>الاسم تنازلياً</translation>
    </message>
    <message>
        <source>Recent messages first</source>
        <translation>أحدث الرسائل أولاً</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>جهة اتصال جديدة (&amp;ج)</translation>
    </message>
    <message>
        <source>New contact (%1)</source>
        <translation>جهة اتصال جديدة (%1)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد… (&amp;ا)</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (Ctrl+I)</source>
        <translation>استيراد جهات الاتصال من ملف CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير… (&amp;ت)</translation>
    </message>
    <message>
        <source>Export the contacts of this filter to CSV (Ctrl+Shift+X)</source>
        <translation>تصدير جهات الاتصال المطابقة لهذا التصفية إلى CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة (&amp;إ)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <source>Delete “%1”? Their notes go with them. This cannot be undone.</source>
        <translation>حذف «%1»؟ ستُحذف ملاحظاتها معها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>جارٍ تصدير جهات الاتصال…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>توقف التصدير: %1</translation>
    </message>
    <message>
        <source>Oldest messages first</source>
        <translation>الرسائل الأقدم أولاً</translation>
    </message>
    <message>
        <source>Find contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>لا رسائل غير مقروءة</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%Ln رسائل غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
            <numerusform>%Ln رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>DaySheetPrinter</name>
    <message>
        <source>No bookings.</source>
        <translation>لا حجوزات.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ثانية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>DeliveryDetailDialog</name>
    <message>
        <source>Delivery %1</source>
        <translation>التسليم %1</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>المحاولة:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Response status:</source>
        <translation>حالة الرد:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ثانية</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>الخطأ:</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>نص الطلب:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>نص الرد:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;ن)</translation>
    </message>
    <message>
        <source>Copy the request and response (Ctrl+Shift+C)</source>
        <translation>نسخ الطلب والرد (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>حفظ في ملف (&amp;ح)…</translation>
    </message>
    <message>
        <source>Save the request and response to a file (Ctrl+S)</source>
        <translation>حفظ الطلب والرد في ملف (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save delivery</source>
        <translation>حفظ التسليم</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryLogView</name>
    <message>
        <source>Show &amp;delivery…</source>
        <translation>عرض التسليم (&amp;ع)…</translation>
    </message>
    <message>
        <source>Show the deliveries with this status</source>
        <translation>عرض التسليمات بهذه الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Show the deliveries of this event</source>
        <translation>عرض تسليمات هذا الحدث</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <source>Show the request and response</source>
        <translation>عرض الطلب والرد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries&lt;/b&gt;</source>
        <translation>&lt;b&gt;التسليمات&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>عمليات التسليم</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>إعادة الإرسال (&amp;ع)</translation>
    </message>
    <message>
        <source>Send this event to the endpoint again, as a new delivery with a sample payload</source>
        <translation>أرسل هذا الحدث إلى نقطة النهاية مرة أخرى، كتسليم جديد ببيانات نموذجية</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>أدخل عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one &quot;@&quot;.</source>
        <translation>يحتوي عنوان البريد الإلكتروني على علامة &quot;@&quot; واحدة فقط.</translation>
    </message>
    <message>
        <source>This is not a complete e-mail address (for example name@example.com).</source>
        <translation>هذا ليس عنوان بريد إلكتروني كاملاً (مثال: name@example.com).</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <source>Open conversation</source>
        <translation>فتح المحادثة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>أقل من ثانية</numerusform>
            <numerusform>نحو ثانية واحدة</numerusform>
            <numerusform>نحو ثانيتين</numerusform>
            <numerusform>نحو %Ln ثوانٍ</numerusform>
            <numerusform>نحو %Ln ثانية</numerusform>
            <numerusform>نحو %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>اختيار ملف… (&amp;ا)</translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation>السطر الأول يحتوي أسماء الأعمدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;س)</translation>
    </message>
    <message>
        <source>Cance&amp;l import</source>
        <translation>إلغاء الاستيراد (&amp;إ)</translation>
    </message>
    <message>
        <source>&amp;Save rows that failed…</source>
        <translation>حفظ الصفوف التي فشلت… (&amp;ح)</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
        <source>The import was cancelled; Import sends the rest.</source>
        <translation>أُلغي الاستيراد؛ زر «استيراد» يرسل الباقي.</translation>
    </message>
    <message>
        <source>The import stopped: %1 Import resumes where it stopped.</source>
        <translation>توقف الاستيراد: %1 زر «استئناف» يكمل من حيث توقف.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>العمود %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>%1 of %2 rows done; %3 left.</source>
        <translation>تم %1 من %2 صفاً؛ المتبقي %3.</translation>
    </message>
    <message>
        <source>Imported: %1. Not imported: %2. Not yet sent: %3.</source>
        <translation>تم استيراد: %1. لم يُستورد: %2. لم يُرسل بعد: %3.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>استئناف (&amp;ت)</translation>
    </message>
    <message>
        <source>Save rows that failed</source>
        <translation>حفظ الصفوف التي فشلت</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending them takes %1 (at most %n contact(s) a minute).</source>
        <translation>
            <numerusform>يستغرق إرسالها %1 (%Ln جهة اتصال في الدقيقة على الأكثر).</numerusform>
            <numerusform>يستغرق إرسالها %1 (جهة اتصال واحدة في الدقيقة على الأكثر).</numerusform>
            <numerusform>يستغرق إرسالها %1 (جهتا اتصال في الدقيقة على الأكثر).</numerusform>
            <numerusform>يستغرق إرسالها %1 (%Ln جهات اتصال في الدقيقة على الأكثر).</numerusform>
            <numerusform>يستغرق إرسالها %1 (%Ln جهة اتصال في الدقيقة على الأكثر).</numerusform>
            <numerusform>يستغرق إرسالها %1 (%Ln جهة اتصال في الدقيقة على الأكثر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows ready to import: %1. With problems (skipped and reported): %2.</source>
        <translation>صفوف جاهزة للاستيراد: %1. صفوف فيها مشكلات (تُتخطّى ويُبلَّغ عنها): %2.</translation>
    </message>
    <message>
        <source>%1 of %2 rows done.</source>
        <translation>تم %1 من %2 صفاً.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows done. Waiting %n s so colleagues can keep working: the import leaves %3% of the key&apos;s requests to them.</source>
        <translation>
            <numerusform>تم %1 من %2 صفاً. ننتظر %Ln ثانية ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
            <numerusform>تم %1 من %2 صفاً. ننتظر ثانية واحدة ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
            <numerusform>تم %1 من %2 صفاً. ننتظر ثانيتين ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
            <numerusform>تم %1 من %2 صفاً. ننتظر %Ln ثوانٍ ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
            <numerusform>تم %1 من %2 صفاً. ننتظر %Ln ثانية ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
            <numerusform>تم %1 من %2 صفاً. ننتظر %Ln ثانية ليواصل زملاؤك عملهم: يترك الاستيراد %3٪ من طلبات المفتاح لهم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxNotifier</name>
    <message>
        <source>New %1 message</source>
        <translation>رسالة %1 جديدة</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Search name, phone or e-mail</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>غير المقروءة فقط</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>The conversations could not be loaded. %1</source>
        <translation>تعذّر تحميل المحادثات. %1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>لم تُرسل الرسالة: %1</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Jump to reply</source>
        <translation>الانتقال إلى الرد</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
    <message>
        <source>Inbox settings…</source>
        <translation>إعدادات صندوق الوارد…</translation>
    </message>
    <message>
        <source>Inbox commands; %1</source>
        <translation>أوامر صندوق الوارد؛ %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox settings</source>
        <translation>إعدادات صندوق الوارد</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>التحديث المباشر</translation>
    </message>
    <message>
        <source>Check the conversation &amp;list every</source>
        <translation>تحقق من قائمة المحادثات كل (&amp;ت)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Check the open &amp;conversation every</source>
        <translation>تحقق من المحادثة المفتوحة كل (&amp;م)</translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation>مربع الرد</translation>
    </message>
    <message>
        <source>&amp;Enter sends the reply (Shift+Enter starts a new line)</source>
        <translation>Enter يرسل الرد (Shift+Enter يبدأ سطرًا جديدًا) (&amp;ي)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>&amp;Mute notifications and sounds</source>
        <translation>كتم الإشعارات والأصوات (&amp;ك)</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new messages</source>
        <translation>تشغيل صوت للرسائل الجديدة (&amp;ص)</translation>
    </message>
    <message>
        <source>Play it also while this &amp;window is in front</source>
        <translation>تشغيله أيضًا عندما تكون هذه النافذة في المقدمة (&amp;أ)</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>From %1 to %2 seconds</source>
        <translation>من %1 إلى %2 ثانية</translation>
    </message>
    <message>
        <source>Ctrl+Enter always sends.</source>
        <translation>الاختصار Ctrl+Enter يرسل دائمًا.</translation>
    </message>
    <message numerus="yes">
        <source>While this window is in front, checking for news costs about %n request(s) a minute: %1% of the %2 a minute your API key allows. Shorter intervals show messages sooner but leave less for searching, sending and the other panes; in the background the list is checked once a minute.</source>
        <translation>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو %Ln طلب في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو طلب واحد (%Ln) في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو طلبين (%Ln) في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو %Ln طلبات في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو %Ln طلبًا في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
            <numerusform>ما دامت هذه النافذة في المقدمة، يكلّف التحقق من الجديد نحو %Ln طلب في الدقيقة: %1% من %2 طلبًا في الدقيقة يسمح بها مفتاح الواجهة البرمجية. الفترات الأقصر تُظهر الرسائل أسرع لكنها تترك أقل للبحث والإرسال وباقي الأقسام؛ وفي الخلفية تُفحص القائمة مرة في الدقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTray</name>
    <message numerus="yes">
        <source>SkyLight Desk: %n conversation(s) with unread messages</source>
        <translation>
            <numerusform>SkyLight Desk: لا محادثات فيها رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: محادثة واحدة فيها رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: محادثتان فيهما رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %Ln محادثات فيها رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %Ln محادثة فيها رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %Ln محادثة فيها رسائل غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFilterBar</name>
    <message>
        <source>Show the bookings of every contact again</source>
        <translation>إظهار حجوزات كل جهات الاتصال مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;م):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إلى (&amp;إ):</translation>
    </message>
    <message>
        <source>Contact: %1 ✕</source>
        <translation>جهة الاتصال: %1 ✕</translation>
    </message>
</context>
<context>
    <name>LoadingNotice</name>
    <message>
        <source>This is taking longer than usual. Still waiting for the server…</source>
        <translation>يستغرق هذا وقتًا أطول من المعتاد. ما زلنا بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>LostCreateCheck</name>
    <message>
        <source>&amp;Check again</source>
        <translation>تحقّق مجددًا (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;ح)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SkyLight Desk</source>
        <translation>SkyLight Desk</translation>
    </message>
    <message>
        <source>Demo data: you are using the built-in sandbox. Nothing you do here reaches SkyLight Chat.</source>
        <translation>بيانات تجريبية: أنت تستخدم البيئة التجريبية المدمجة. لا يصل أي شيء تفعله هنا إلى SkyLight Chat.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Remove this profile…</source>
        <translation>إزالة هذا الملف الشخصي…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>البيئة التجريبية</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>إضافة ملف شخصي…</translation>
    </message>
    <message>
        <source>SkyLight Desk — demo data</source>
        <translation>SkyLight Desk — بيانات تجريبية</translation>
    </message>
    <message>
        <source>Request limit reached: waiting until %1</source>
        <translation>تم بلوغ حد الطلبات: الانتظار حتى %1</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>الطلبات المتبقية هذه الدقيقة: %1 من %2</translation>
    </message>
    <message>
        <source>I &amp;work as</source>
        <translation>أعمل بصفة (&amp;أ)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;ا)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;م)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح (&amp;ل)</translation>
    </message>
    <message>
        <source>&amp;About SkyLight Desk</source>
        <translation>حول SkyLight Desk (&amp;ح)</translation>
    </message>
    <message>
        <source>About SkyLight Desk</source>
        <translation>حول SkyLight Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SkyLight Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The desktop app for the staff of businesses on SkyLight Chat: inbox, contacts, bookings, webhooks and team.&lt;/p&gt;&lt;p&gt;Your API key is kept in this computer&apos;s keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SkyLight Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;تطبيق سطح المكتب لموظفي الأنشطة التجارية التي تعمل على SkyLight Chat: صندوق الوارد وجهات الاتصال والحجوزات وخطافات الويب والفريق.&lt;/p&gt;&lt;p&gt;يُحفظ مفتاح API في سلسلة مفاتيح هذا الحاسوب، ولا يُحفظ في ملف أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>النافذة كلها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a section and how many of its items are unread</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Go to or &amp;run…</source>
        <translation>انتقال أو تنفيذ… (&amp;ن)</translation>
    </message>
    <message>
        <source>Find a contact, conversation, booking, section or command</source>
        <translation>ابحث عن جهة اتصال أو محادثة أو حجز أو قسم أو أمر</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة (&amp;إ)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>رسالة صوتية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>رسالة نموذجية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>API</source>
        <translation>واجهة البرمجة</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
</context>
<context>
    <name>OfflineNotice</name>
    <message>
        <source>Offline: showing what was saved at %1. It refreshes by itself when the server answers again.</source>
        <translation>غير متصل: تُعرض البيانات كما حُفظت في %1. ستتحدّث تلقائيًا عندما يستجيب الخادم من جديد.</translation>
    </message>
    <message>
        <source>Showing what was saved at %1 while the server answers…</source>
        <translation>تُعرض البيانات كما حُفظت في %1 ريثما يردّ الخادم…</translation>
    </message>
</context>
<context>
    <name>PaletteItemDelegate</name>
    <message>
        <source>Recent · %1</source>
        <comment>a palette row chosen lately: Recent · Contact</comment>
        <translation>مؤخرًا · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>palette row: kind · detail</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>أمر</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>palette row read aloud: kind, title</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>PaneOrder</name>
    <message>
        <source>Receptionist: appointments first</source>
        <translation>موظف استقبال: المواعيد أولاً</translation>
    </message>
    <message>
        <source>Agent: conversations first</source>
        <translation>وكيل: المحادثات أولاً</translation>
    </message>
    <message>
        <source>Admin: webhooks and team first</source>
        <translation>مسؤول: خطافات الويب والفريق أولاً</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>أدخل رقم هاتف.</translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, &quot;+&quot;, &quot;-&quot; and brackets.</source>
        <translation>لا يحتوي رقم الهاتف إلا على أرقام ومسافات و&quot;+&quot; و&quot;-&quot; وأقواس.</translation>
    </message>
    <message>
        <source>Start the number with &quot;+&quot; and the country code, e.g. +971 50 123 4567.</source>
        <translation>ابدأ الرقم بـ &quot;+&quot; ورمز الدولة، مثال: ‎+971 50 123 4567.</translation>
    </message>
    <message>
        <source>The country code is not valid.</source>
        <translation>رمز الدولة غير صالح.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>الرقم قصير جداً.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>الرقم طويل جداً.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for its country.</source>
        <translation>عدد أرقام هذا الرقم غير صحيح لدولته.</translation>
    </message>
    <message>
        <source>This number does not exist in its country&apos;s numbering plan.</source>
        <translation>هذا الرقم غير موجود في خطة الترقيم لدولته.</translation>
    </message>
</context>
<context>
    <name>QuickRepliesEditor</name>
    <message>
        <source>Type / at the start of a reply to insert one of these.</source>
        <translation>اكتب / في بداية الرد لإدراج أحد هذه الردود.</translation>
    </message>
    <message>
        <source>A new quick reply</source>
        <translation>رد سريع جديد</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;إ)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة (&amp;ز)…</translation>
    </message>
    <message>
        <source>This quick reply is already in the list.</source>
        <translation>هذا الرد السريع موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>Remove quick reply</source>
        <translation>إزالة الرد السريع</translation>
    </message>
    <message>
        <source>Remove the quick reply &quot;%1&quot;?</source>
        <translation>إزالة الرد السريع &quot;%1&quot;؟</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>رد سريع جديد</translation>
    </message>
</context>
<context>
    <name>QuickRepliesStore</name>
    <message>
        <source>Thank you for your message, we will get back to you shortly.</source>
        <translation>شكرًا على رسالتك، سنعود إليك قريبًا.</translation>
    </message>
    <message>
        <source>Your appointment is confirmed.</source>
        <translation>تم تأكيد موعدك.</translation>
    </message>
    <message>
        <source>Could you tell us a convenient time?</source>
        <translation>هل يمكنك إخبارنا بوقت مناسب؟</translation>
    </message>
</context>
<context>
    <name>QuickReplyList</name>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <source>No quick reply matches</source>
        <translation>لا يوجد رد سريع مطابق</translation>
    </message>
</context>
<context>
    <name>SavedAgeMarker</name>
    <message>
        <source>Saved %1</source>
        <comment>a list&apos;s rows come from the offline cache, saved at this time</comment>
        <translation>محفوظ في %1</translation>
    </message>
    <message>
        <source>Shown from what was saved on %1; it refreshes when the server answers.</source>
        <translation>معروض مما حُفظ في %1، ويتحدّث تلقائيًا عندما يستجيب الخادم.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Webhook secret</source>
        <translation>سرّ خطاف الويب</translation>
    </message>
    <message>
        <source>The new signing secret of %1. The old secret no longer works.</source>
        <translation>سرّ التوقيع الجديد لـ %1. السرّ القديم لم يعد يعمل.</translation>
    </message>
    <message>
        <source>The signing secret of %1. Use it to check the X-SkyLight-Signature header.</source>
        <translation>سرّ التوقيع لـ %1. استخدمه للتحقق من ترويسة ⁦X‑SkyLight‑Signature⁩.</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe: it will not be shown again.</source>
        <translation>انسخه الآن واحفظه في مكان آمن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>نسخ السرّ (&amp;ن)</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>نسخ السرّ إلى الحافظة</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>ServerMessageText</name>
    <message>
        <source>A cancelled booking cannot be changed.</source>
        <translation>لا يمكن تغيير حجز ملغى.</translation>
    </message>
    <message>
        <source>A completed booking cannot be cancelled.</source>
        <translation>لا يمكن إلغاء حجز مكتمل.</translation>
    </message>
    <message>
        <source>A completed booking cannot be changed.</source>
        <translation>لا يمكن تغيير حجز مكتمل.</translation>
    </message>
    <message>
        <source>A completed booking cannot be reopened.</source>
        <translation>لا يمكن إعادة فتح حجز مكتمل.</translation>
    </message>
    <message>
        <source>A contact needs a phone or an email.</source>
        <translation>تحتاج جهة الاتصال إلى هاتف أو بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The booking is already cancelled.</source>
        <translation>الحجز ملغى من قبل.</translation>
    </message>
    <message>
        <source>The contact is blacklisted.</source>
        <translation>جهة الاتصال في قائمة الحظر.</translation>
    </message>
    <message>
        <source>The email field is required when phone is not present.</source>
        <translation>البريد الإلكتروني مطلوب حين لا يوجد هاتف.</translation>
    </message>
    <message>
        <source>The phone field is required when email is not present.</source>
        <translation>الهاتف مطلوب حين لا يوجد بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The email has already been taken.</source>
        <translation>هذا البريد الإلكتروني مستخدم من قبل.</translation>
    </message>
    <message>
        <source>The given data was invalid.</source>
        <translation>البيانات المرسلة غير صالحة.</translation>
    </message>
    <message>
        <source>The last active admin cannot be deactivated.</source>
        <translation>لا يمكن تعطيل آخر مدير نشط.</translation>
    </message>
    <message>
        <source>The last active admin cannot be deleted.</source>
        <translation>لا يمكن حذف آخر مدير نشط.</translation>
    </message>
    <message>
        <source>The last active admin cannot be demoted.</source>
        <translation>لا يمكن خفض دور آخر مدير نشط.</translation>
    </message>
    <message>
        <source>The selected slot is not available.</source>
        <translation>الموعد المختار غير متاح.</translation>
    </message>
    <message>
        <source>The timezone must be a valid IANA time zone.</source>
        <translation>يجب أن تكون المنطقة الزمنية منطقة IANA صالحة.</translation>
    </message>
    <message>
        <source>The url must be a valid URL.</source>
        <translation>يجب أن يكون العنوان عنوانًا صالحًا.</translation>
    </message>
    <message>
        <source>The url must use https (plain http is allowed only for localhost).</source>
        <translation>يجب أن يستخدم العنوان https (لا يُسمح بـ http العادي إلا لهذا الحاسوب).</translation>
    </message>
    <message>
        <source>The date does not match the format Y-m-d.</source>
        <translation>التاريخ لا يطابق الصيغة سنة-شهر-يوم.</translation>
    </message>
    <message>
        <source>The request body is larger than 1 MB.</source>
        <translation>محتوى الطلب أكبر من ١ ميغابايت.</translation>
    </message>
    <message>
        <source>Too Many Attempts.</source>
        <translation>محاولات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>غير موجود.</translation>
    </message>
    <message>
        <source>Server Error.</source>
        <translation>خطأ في الخادم.</translation>
    </message>
    <message>
        <source>Unauthenticated.</source>
        <translation>لم يتم التحقق من الهوية.</translation>
    </message>
    <message>
        <source>Malformed JSON body.</source>
        <translation>محتوى JSON غير سليم.</translation>
    </message>
    <message>
        <source>This domain is not allowed to use this API key.</source>
        <translation>لا يُسمح لهذا النطاق باستخدام مفتاح الواجهة البرمجية هذا.</translation>
    </message>
    <message>
        <source>The %1 field is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <source>The %1 must be a string.</source>
        <translation>يجب أن يكون «%1» نصًا.</translation>
    </message>
    <message>
        <source>The %1 must be an integer.</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The %1 must be an array.</source>
        <translation>يجب أن يكون «%1» قائمة.</translation>
    </message>
    <message>
        <source>The %1 must be an object.</source>
        <translation>يجب أن يكون «%1» كائنًا.</translation>
    </message>
    <message>
        <source>The %1 must have at least 1 item.</source>
        <translation>يجب أن يحتوي «%1» على عنصر واحد على الأقل.</translation>
    </message>
    <message>
        <source>The selected %1 is invalid.</source>
        <translation>قيمة «%1» المختارة غير صالحة.</translation>
    </message>
    <message>
        <source>The %1 must be a valid email address.</source>
        <translation>يجب أن يكون «%1» عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>The %1 must be a valid E.164 phone number.</source>
        <translation>يجب أن يكون «%1» رقم هاتف صالحًا بصيغة E.164.</translation>
    </message>
    <message>
        <source>The %1 may not be greater than %2 characters.</source>
        <translation>يجب ألا يزيد «%1» على %2 حرفًا.</translation>
    </message>
    <message>
        <source>The %1 is not a valid date.</source>
        <translation>«%1» ليس تاريخًا صالحًا.</translation>
    </message>
    <message>
        <source>The %1 field must be true or false.</source>
        <translation>يجب أن يكون الحقل «%1» نعم أو لا.</translation>
    </message>
    <message>
        <source>The %1 channel is not connected.</source>
        <translation>القناة «%1» غير متصلة.</translation>
    </message>
    <message>
        <source>The event %1 is not one of the available events.</source>
        <translation>الحدث «%1» ليس من الأحداث المتاحة.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>booking type</source>
        <translation>نوع الحجز</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>يقول الخادم (بلغته): %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>There is no saved profile called &quot;%1&quot;. Enter its details to create it.</source>
        <translation>لا يوجد ملف شخصي محفوظ باسم &quot;%1&quot;. أدخل بياناته لإنشائه.</translation>
    </message>
    <message>
        <source>Enter the API key for &quot;%1&quot;.</source>
        <translation>أدخل مفتاح API للملف الشخصي &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No keychain is reachable on this computer, so your saved API key cannot be read. Enter the key to use it for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب، لذا تتعذر قراءة مفتاح API المحفوظ. أدخل المفتاح لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Your saved API key could not be read from the keychain (%1). Enter it again.</source>
        <translation>تعذّرت قراءة مفتاح API المحفوظ من سلسلة المفاتيح (%1). أدخله مرة أخرى.</translation>
    </message>
    <message>
        <source>The API key was not saved.</source>
        <translation>لم يُحفظ مفتاح API.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>سلسلة المفاتيح غير متوفرة</translation>
    </message>
    <message>
        <source>No keychain is reachable on this computer, so SkyLight Desk cannot save your API key securely. It will never store the key in a file.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب، لذا لا يستطيع SkyLight Desk حفظ مفتاح API بأمان. ولن يحفظ المفتاح في ملف أبدًا.</translation>
    </message>
    <message>
        <source>The keychain did not save your API key.</source>
        <translation>لم تحفظ سلسلة المفاتيح مفتاح API.</translation>
    </message>
    <message>
        <source>You can use the key for this session only; you will be asked for it again next time.</source>
        <translation>يمكنك استخدام المفتاح لهذه الجلسة فقط؛ وسيُطلب منك مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>استخدامه لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>غير متصل: %1</translation>
    </message>
    <message>
        <source>Demo sandbox on this computer</source>
        <translation>البيئة التجريبية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as profile &quot;%3&quot;</source>
        <translation>تم تسجيل الدخول إلى %1 (%2) بالملف الشخصي &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Connected to %1 as profile &quot;%2&quot;</source>
        <translation>متصل بـ %1 بالملف الشخصي &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The API key was refused. Sign in again to continue.</source>
        <translation>رُفض مفتاح API. سجّل الدخول مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>The server no longer accepts the API key of &quot;%1&quot;. Enter a valid key to continue where you left off.</source>
        <translation>لم يعد الخادم يقبل مفتاح API للملف الشخصي &quot;%1&quot;. أدخل مفتاحًا صالحًا لتتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>You signed out of &quot;%1&quot;. Enter an API key to sign in again.</source>
        <translation>لقد سجّلت الخروج من &quot;%1&quot;. أدخل مفتاح API لتسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>إزالة الملف الشخصي</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and delete its API key from this computer?</source>
        <translation>هل تريد إزالة الملف الشخصي &quot;%1&quot; وحذف مفتاح API الخاص به من هذا الحاسوب؟</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>ابحث عن أمر أو مفتاح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>No command matches.</source>
        <translation>لا يطابق أي أمر.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to SkyLight Chat</source>
        <translation>تسجيل الدخول إلى SkyLight Chat</translation>
    </message>
    <message>
        <source>Enter the API key from your SkyLight Chat dashboard (Settings → API keys). The key is kept in your system keychain, never in a file.</source>
        <translation>أدخل مفتاح API من لوحة تحكم SkyLight Chat (الإعدادات ← مفاتيح API). يُحفظ المفتاح في سلسلة مفاتيح النظام، ولا يُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>اسم الملف الشخصي:</translation>
    </message>
    <message>
        <source>For example: Main branch</source>
        <translation>مثال: الفرع الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>مفتاح API:</translation>
    </message>
    <message>
        <source>sk_live_…</source>
        <translation>sk_live_…</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Send key &amp;as:</source>
        <translation>إرسال المفتاح كـ:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Authorization: Bearer header (recommended)</source>
        <translation>ترويسة Authorization: Bearer (موصى بها)</translation>
    </message>
    <message>
        <source>X-Api-Key header</source>
        <translation>ترويسة X-Api-Key</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Give this profile a name.</source>
        <translation>أعطِ هذا الملف الشخصي اسمًا.</translation>
    </message>
    <message>
        <source>The server address is not a valid web address.</source>
        <translation>عنوان الخادم ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is only allowed for a server on this computer).</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ https://‏ (يُسمح بـ http فقط لخادم على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Enter your API key.</source>
        <translation>أدخل مفتاح API.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>جارٍ التحقق من الاتصال…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>متصل بـ %1.</translation>
    </message>
</context>
<context>
    <name>SignatureCheckerDialog</name>
    <message>
        <source>Check a webhook signature</source>
        <translation>التحقق من توقيع خطاف ويب</translation>
    </message>
    <message>
        <source>Paste the raw body your endpoint received and its X-SkyLight-Signature header, then enter the webhook&apos;s secret.</source>
        <translation>الصق النص الخام الذي استلمته نقطة النهاية وترويسة X-SkyLight-Signature الخاصة به، ثم أدخل سرّ خطاف الويب.</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>الحمولة (&amp;ح):</translation>
    </message>
    <message>
        <source>Si&amp;gnature header:</source>
        <translation>ترويسة التوقيع (&amp;ت):</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>السرّ (&amp;س):</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>تحقق (&amp;ق)</translation>
    </message>
    <message>
        <source>Check the signature (Ctrl+Return)</source>
        <translation>التحقق من التوقيع (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>المتوقع: %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Edit team member</source>
        <translation>تعديل عضو الفريق</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>عضو فريق جديد</translation>
    </message>
    <message>
        <source>A&amp;ctive: can sign in and work</source>
        <translation>نشط (&amp;ن): يمكنه تسجيل الدخول والعمل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;ا):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني (&amp;ب):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;د):</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>حفظ (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>أدخل عنوان بريد إلكتروني مثل name@example.com.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>وكيل</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>موظف استقبال</translation>
    </message>
    <message>
        <source>Everything, including webhooks, the team and the account.</source>
        <translation>كل شيء، بما في ذلك خطافات الويب والفريق والحساب.</translation>
    </message>
    <message>
        <source>Answers conversations and manages contacts.</source>
        <translation>يرد على المحادثات ويدير جهات الاتصال.</translation>
    </message>
    <message>
        <source>Books, moves and cancels appointments.</source>
        <translation>يحجز المواعيد وينقلها ويلغيها.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
</context>
<context>
    <name>TeamPane</name>
    <message>
        <source>Load again</source>
        <translation>التحميل مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد (&amp;ج)…</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>إضافة عضو إلى الفريق</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;ت)…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>تعديل العضو المحدد</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>تعطيل (&amp;ع)</translation>
    </message>
    <message>
        <source>Deactivate or activate the selected member</source>
        <translation>تعطيل العضو المحدد أو تفعيله</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;ح)…</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>حذف العضو المحدد</translation>
    </message>
    <message>
        <source>The team could not be loaded. %1</source>
        <translation>تعذّر تحميل الفريق. %1</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>تفعيل (&amp;ف)</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>لم يُحفظ. %1</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>%1 was not changed. %2</source>
        <translation>لم يتغير %1. %2</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 نشط مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>تم تعطيل %1.</translation>
    </message>
    <message>
        <source>Delete team member</source>
        <translation>حذف عضو الفريق</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the team? They can no longer sign in. This cannot be undone.</source>
        <translation>حذف %1 (%2) من الفريق؟ لن يتمكن من تسجيل الدخول بعد الآن. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>لم يُحذف %1. %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>تم حذف %1.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>أعضاء الفريق</translation>
    </message>
    <message>
        <source>The server did not confirm the member. Checking whether they were added…</source>
        <translation>لم يؤكد الخادم العضو. جارٍ التحقق مما إذا كان قد أُضيف…</translation>
    </message>
    <message>
        <source>%1 The member could not be checked, so they may have been added. Press Check again before saving again.</source>
        <translation>%1 تعذّر التحقق من العضو، لذا ربما أُضيف. اضغط «تحقّق مجددًا» قبل الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>سُلّمت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>This message could not be read.</source>
        <translation>تعذّرت قراءة هذه الرسالة.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>لم تُؤكَّد</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>أرسل هذه الرسالة مرة أخرى</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Take the text back into the reply box</source>
        <translation>أعد النص إلى مربع الرد</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Your message was not sent. Its text is kept.</source>
        <translation>لم تُرسل رسالتك. نصها محفوظ.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1 Its text is kept.</source>
        <translation>لم تُرسل رسالتك: %1 نصها محفوظ.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>New message from %1: %2</source>
        <translation>رسالة جديدة من %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) from %1, the last: %2</source>
        <translation>
            <numerusform>لا رسائل جديدة من %1، وآخرها: %2</numerusform>
            <numerusform>رسالة جديدة واحدة من %1، وآخرها: %2</numerusform>
            <numerusform>رسالتان جديدتان من %1، وآخرهما: %2</numerusform>
            <numerusform>%Ln رسائل جديدة من %1، وآخرها: %2</numerusform>
            <numerusform>%Ln رسالة جديدة من %1، وآخرها: %2</numerusform>
            <numerusform>%Ln رسالة جديدة من %1، وآخرها: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>جارٍ تحميل الرسائل الأقدم…</translation>
    </message>
    <message>
        <source>The server did not confirm your message and it could not be checked; it may have been sent. Its text is kept.</source>
        <translation>لم يؤكد الخادم رسالتك وتعذّر التحقق منها؛ ربما أُرسلت. نصّها محفوظ.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>تحقّق مجددًا</translation>
    </message>
    <message>
        <source>Look in the conversation for this message again</source>
        <translation>ابحث عن هذه الرسالة في المحادثة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ThreadViewProxy</name>
    <message>
        <source>From the customer</source>
        <translation>من العميل</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>From us</source>
        <translation>منّا</translation>
    </message>
    <message>
        <source>From us (%1)</source>
        <translation>منّا (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>sender, time: message</comment>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Edit webhook</source>
        <translation>تعديل خطاف الويب</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>خطاف ويب جديد</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>العنوان (&amp;ع):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف (&amp;و):</translation>
    </message>
    <message>
        <source>Select &amp;all events</source>
        <translation>تحديد كل الأحداث (&amp;ت)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
    <message>
        <source>A&amp;ctive: send events to this address</source>
        <translation>نشط (&amp;ن): أرسل الأحداث إلى هذا العنوان</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>حفظ (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>اختر حدثاً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;ح)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
</context>
<context>
    <name>WebhookEventText</name>
    <message>
        <source>A contact was created.</source>
        <translation>تم إنشاء جهة اتصال.</translation>
    </message>
    <message>
        <source>A contact was updated or its blacklist flag toggled.</source>
        <translation>تم تحديث جهة اتصال أو تبديل حالة حظرها.</translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation>تم حذف جهة اتصال.</translation>
    </message>
    <message>
        <source>An inbound message arrived from a contact.</source>
        <translation>وصلت رسالة واردة من جهة اتصال.</translation>
    </message>
    <message>
        <source>A message was sent to a contact.</source>
        <translation>تم إرسال رسالة إلى جهة اتصال.</translation>
    </message>
    <message>
        <source>A booking was created.</source>
        <translation>تم إنشاء حجز.</translation>
    </message>
    <message>
        <source>A booking was changed or rescheduled.</source>
        <translation>تم تغيير حجز أو إعادة جدولته.</translation>
    </message>
    <message>
        <source>A booking was cancelled.</source>
        <translation>تم إلغاء حجز.</translation>
    </message>
    <message>
        <source>A booking was marked completed.</source>
        <translation>تم وضع علامة مكتمل على حجز.</translation>
    </message>
    <message>
        <source>A support ticket was created.</source>
        <translation>تم إنشاء تذكرة دعم.</translation>
    </message>
</context>
<context>
    <name>WebhookSignatureChecker</name>
    <message>
        <source>The signature matches: this payload was signed with this secret.</source>
        <translation>التوقيع مطابق: وُقّعت هذه الحمولة بهذا السرّ.</translation>
    </message>
    <message>
        <source>The signature does not match. Either the secret is wrong or the payload was changed.</source>
        <translation>التوقيع غير مطابق. إما أن السرّ خاطئ أو أن الحمولة تغيّرت.</translation>
    </message>
    <message>
        <source>The signature must start with &quot;sha256=&quot;.</source>
        <translation>يجب أن يبدأ التوقيع بـ &quot;sha256=&quot;.</translation>
    </message>
    <message>
        <source>Paste the X-SkyLight-Signature header: &quot;sha256=&quot; followed by hexadecimal digits.</source>
        <translation>الصق ترويسة X-SkyLight-Signature: ‏&quot;sha256=&quot; متبوعة بأرقام ست عشرية.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s secret.</source>
        <translation>أدخل سرّ خطاف الويب.</translation>
    </message>
</context>
<context>
    <name>WebhookUrlRule</name>
    <message>
        <source>Enter the address that should receive the events.</source>
        <translation>أدخل العنوان الذي يجب أن يستقبل الأحداث.</translation>
    </message>
    <message>
        <source>This is not a complete web address (for example https://example.com/hooks).</source>
        <translation>هذا ليس عنوان ويب كاملاً (مثلاً https://example.com/hooks).</translation>
    </message>
    <message>
        <source>Use an https address; plain http is allowed only for this computer (localhost).</source>
        <translation>استخدم عنوان https؛ يُسمح بـ http العادي لهذا الحاسوب فقط (localhost).</translation>
    </message>
</context>
<context>
    <name>WebhooksModel</name>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>لم يُسلَّم أبداً</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 ‏(HTTP %2)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>آخر تسليم</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>لم يُحمَّل</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>WebhooksPane</name>
    <message>
        <source>Load again</source>
        <translation>التحميل مرة أخرى</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>إضافة خطاف ويب</translation>
    </message>
    <message>
        <source>Edit the selected webhook</source>
        <translation>تعديل خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>حذف خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>Replace the signing secret</source>
        <translation>استبدال سرّ التوقيع</translation>
    </message>
    <message>
        <source>The event to send as a test</source>
        <translation>الحدث المرسل للاختبار</translation>
    </message>
    <message>
        <source>Send a test event to the selected webhook</source>
        <translation>إرسال حدث اختبار إلى خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>Check a signature with a secret</source>
        <translation>التحقق من توقيع باستخدام سرّ</translation>
    </message>
    <message>
        <source>Webhooks could not be loaded. %1</source>
        <translation>تعذّر تحميل خطافات الويب. %1</translation>
    </message>
    <message>
        <source>The webhook was not saved. %1</source>
        <translation>لم يُحفظ خطاف الويب. %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>حذف خطاف الويب</translation>
    </message>
    <message>
        <source>Delete the webhook for %1? Events will no longer be sent there, and its delivery log is deleted too.</source>
        <translation>حذف خطاف الويب لـ %1؟ لن تُرسل الأحداث إليه بعد الآن، وسيُحذف سجل تسليماته أيضاً.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>لم يُحذف %1. %2</translation>
    </message>
    <message>
        <source>The webhook for %1 was deleted.</source>
        <translation>تم حذف خطاف الويب لـ %1.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>إعادة توليد السرّ</translation>
    </message>
    <message>
        <source>Make a new signing secret for %1? The old secret stops working at once: your endpoint must use the new one to check signatures.</source>
        <translation>إنشاء سرّ توقيع جديد لـ %1؟ سيتوقف السرّ القديم عن العمل فوراً: يجب أن تستخدم نقطة النهاية السرّ الجديد للتحقق من التوقيعات.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>The secret was not changed. %1</source>
        <translation>لم يتغير السرّ. %1</translation>
    </message>
    <message>
        <source>Sending a test %1 event…</source>
        <translation>جارٍ إرسال حدث اختبار %1…</translation>
    </message>
    <message>
        <source>The test event was not sent. %1</source>
        <translation>لم يُرسل حدث الاختبار. %1</translation>
    </message>
    <message>
        <source>Test event sent; waiting for the endpoint to answer…</source>
        <translation>أُرسل حدث الاختبار؛ بانتظار رد نقطة النهاية…</translation>
    </message>
    <message>
        <source>The test event is still waiting for an answer; see the delivery log.</source>
        <translation>ما زال حدث الاختبار بانتظار الرد؛ راجع سجل التسليمات.</translation>
    </message>
    <message>
        <source>Test delivered: HTTP %1 in %2 ms.</source>
        <translation>تم تسليم الاختبار: HTTP %1 خلال %2 ملّي ثانية.</translation>
    </message>
    <message>
        <source>Test delivery failed: the endpoint answered HTTP %1.</source>
        <translation>فشل تسليم الاختبار: ردّت نقطة النهاية بـ HTTP %1.</translation>
    </message>
    <message>
        <source>Test delivery failed: %1</source>
        <translation>فشل تسليم الاختبار: %1</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>إعادة توليد السرّ…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>إرسال اختبار</translation>
    </message>
    <message>
        <source>Check signature…</source>
        <translation>التحقق من التوقيع…</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>الويب هوك</translation>
    </message>
    <message>
        <source>Signing secret: %1 (shown in full only when it is made or regenerated)</source>
        <translation>سر التوقيع: %1 (يُعرض كاملًا فقط عند إنشائه أو إعادة توليده)</translation>
    </message>
    <message>
        <source>Sending the %1 event again as a new delivery…</source>
        <translation>جارٍ إرسال الحدث %1 مرة أخرى كتسليم جديد…</translation>
    </message>
    <message>
        <source>The server did not confirm the webhook. Checking whether it was created…</source>
        <translation>لم يؤكد الخادم خطاف الويب. جارٍ التحقق مما إذا كان قد أُنشئ…</translation>
    </message>
    <message>
        <source>The webhook %1 was created, but its signing secret did not arrive. Use Regenerate secret to get one.</source>
        <translation>أُنشئ خطاف الويب %1، لكن سرّ التوقيع الخاص به لم يصل. استخدم «إعادة توليد السرّ» للحصول على سرّ.</translation>
    </message>
    <message>
        <source>%1 The webhook could not be checked, so it may have been created. Press Check again before saving again.</source>
        <translation>%1 تعذّر التحقق من خطاف الويب، لذا ربما أُنشئ. اضغط «تحقّق مجددًا» قبل الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <comment>the section in the navigation</comment>
        <translation>خطافات الويب</translation>
    </message>
</context>
<context>
    <name>WriteOutcome</name>
    <message>
        <source>The server did not confirm the change, so it may have been saved.</source>
        <translation>لم يؤكد الخادم التغيير، لذا ربما حُفظ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>تعذّر تشغيل البيئة التجريبية: %1</translation>
    </message>
    <message>
        <source>SkyLight Desk</source>
        <translation>SkyLight Desk</translation>
    </message>
</context>
</TS>
