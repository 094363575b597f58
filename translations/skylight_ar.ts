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
    <name>ContactDetails</name>
    <message>
        <source>⛔ BLACKLISTED — messages from this contact are blocked</source>
        <translation>⛔ محظور — رسائل جهة الاتصال هذه محجوبة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation>إضافة إلى قائمة ال&amp;حظر</translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation>فتح ال&amp;محادثة</translation>
    </message>
    <message>
        <source>Book &amp;appointment</source>
        <translation>حجز &amp;موعد</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>اكتب ملاحظة لا يراها إلا فريقك</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة م&amp;لاحظة</translation>
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
        <translation>إزالة من قائمة ال&amp;حظر</translation>
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
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>اله&amp;اتف</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>حقول مخصصة</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>حفظ (%1)</translation>
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
        <translation>جهة اتصال &amp;جديدة</translation>
    </message>
    <message>
        <source>New contact (%1)</source>
        <translation>جهة اتصال جديدة (%1)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (Ctrl+I)</source>
        <translation>استيراد جهات الاتصال من ملف CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export the contacts of this filter to CSV (Ctrl+Shift+X)</source>
        <translation>تصدير جهات الاتصال المطابقة لهذا التصفية إلى CSV (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
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
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
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
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>أقل من ثانية</numerusform>
            <numerusform>نحو ثانية واحدة</numerusform>
            <numerusform>نحو ثانيتين</numerusform>
            <numerusform>نحو %n ثوانٍ</numerusform>
            <numerusform>نحو %n ثانية</numerusform>
            <numerusform>نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %n دقائق</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
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
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Cance&amp;l import</source>
        <translation>إ&amp;لغاء الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Save rows that failed…</source>
        <translation>&amp;حفظ الصفوف التي فشلت…</translation>
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
        <source>%1 rows ready to import, %2 with problems that will be skipped and reported.</source>
        <translation>%1 صفاً جاهزاً للاستيراد، و%2 بها مشكلات ستُتخطى ويُبلَّغ عنها.</translation>
    </message>
    <message>
        <source>Sending them takes %1 (at most %2 contacts a minute).</source>
        <translation>يستغرق إرسالها %1 (بحد أقصى %2 جهة اتصال في الدقيقة).</translation>
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
        <translation>ا&amp;ستئناف</translation>
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
