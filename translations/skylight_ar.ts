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
        <source>No quick reply matches</source>
        <translation>لا يوجد رد سريع مطابق</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Write a note for the team</source>
        <translation>اكتب ملاحظة للفريق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
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
        <source>Channel: %1</source>
        <translation>القناة: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
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
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
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
    <name>Desk</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
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
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
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
        <source>The conversations could not be loaded. %1</source>
        <translation>تعذّر تحميل المحادثات. %1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>لم تُرسل الرسالة: %1</translation>
    </message>
    <message>
        <source>The server did not confirm your message; it may have been sent. Check the thread before you retry.</source>
        <translation>لم يؤكد الخادم رسالتك؛ ربما أُرسلت. راجع المحادثة قبل إعادة المحاولة.</translation>
    </message>
    <message>
        <source>Your message was not sent. Its text is kept.</source>
        <translation>لم تُرسل رسالتك. نصها محفوظ.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1 Its text is kept.</source>
        <translation>لم تُرسل رسالتك: %1 نصها محفوظ.</translation>
    </message>
    <message numerus="yes">
        <source>SkyLight Desk: %n unread message(s)</source>
        <translation>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
            <numerusform>SkyLight Desk: %n رسائل غير مقروءة</numerusform>
        </translation>
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
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
    <message>
        <source>Play a sound for new messages</source>
        <translation>تشغيل صوت للرسائل الجديدة</translation>
    </message>
    <message>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation>Enter يرسل (Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>إدارة الردود السريعة…</translation>
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
    <name>MessageDelegate</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>A new quick reply</source>
        <translation>رد سريع جديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Type / at the start of a reply to insert one of these.</source>
        <translation>اكتب / في بداية الرد لإدراج أحد هذه الردود.</translation>
    </message>
    <message>
        <source>Remove quick reply</source>
        <translation>إزالة الرد السريع</translation>
    </message>
    <message>
        <source>Remove the quick reply &quot;%1&quot;?</source>
        <translation>إزالة الرد السريع &quot;%1&quot;؟</translation>
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
