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
        <translation>فتح &amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>Show this contact in Contacts</source>
        <translation>عرض جهة الاتصال هذه في جهات الاتصال</translation>
    </message>
    <message>
        <source>All &amp;bookings of contact</source>
        <translation>كل &amp;حجوزات جهة الاتصال</translation>
    </message>
    <message>
        <source>List every booking of this contact</source>
        <translation>عرض كل حجوزات جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Change type, resource, time or notes (Enter)</source>
        <translation>تغيير النوع أو المورد أو الوقت أو الملاحظات (Enter)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>Mark the booking confirmed</source>
        <translation>وضع علامة مؤكَّد على الحجز</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>&amp;مكتمل</translation>
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
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1، %2 – %3</translation>
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
            <numerusform>%1 (%n دقيقة)</numerusform>
            <numerusform>%1 (دقيقة واحدة)</numerusform>
            <numerusform>%1 (دقيقتان)</numerusform>
            <numerusform>%1 (%n دقائق)</numerusform>
            <numerusform>%1 (%n دقيقة)</numerusform>
            <numerusform>%1 (%n دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any free resource</source>
        <translation>أي مورد متاح</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;المورد:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;البداية:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;احجز</translation>
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
        <translation>&amp;حفظ</translation>
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
    <name>CalendarPane</name>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
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
        <translation>إظهار &amp;الملغاة</translation>
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
        <source>Save day sheet</source>
        <translation>حفظ جدول اليوم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>تصدير ‎.ics…</translation>
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
        <source>The calendar file could not be written: %1</source>
        <translation>تعذرت كتابة ملف التقويم: %1</translation>
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
        <source>All types (no free slots)</source>
        <translation>كل الأنواع (بلا أوقات متاحة)</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>كل الموارد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>الأوقات بتوقيت %1.</translation>
    </message>
    <message>
        <source>Times are in the account&apos;s time zone, %1. Now: %2 there, %3.</source>
        <translation>الأوقات بالمنطقة الزمنية للحساب، %1. الآن: %2 هناك، %3.</translation>
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
    <name>CalendarRules</name>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 على هذا الحاسوب</translation>
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
</context>
<context>
    <name>ContactNames</name>
    <message>
        <source>Contact #%1</source>
        <translation>جهة الاتصال رقم %1</translation>
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
    <name>Desk</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
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
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Contact: %1 ✕</source>
        <translation>جهة الاتصال: %1 ✕</translation>
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
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;إعادة المحاولة</translation>
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
