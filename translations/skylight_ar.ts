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
        <translation>ن&amp;سخ</translation>
    </message>
    <message>
        <source>Copy the request and response (Ctrl+Shift+C)</source>
        <translation>نسخ الطلب والرد (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;حفظ في ملف…</translation>
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
    <name>Desk</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>خطافات الويب</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
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
        <translation>أ&amp;عمل بصفة</translation>
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
        <translation>سرّ التوقيع لـ %1. استخدمه للتحقق من ترويسة X-SkyLight-Signature.</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe: it will not be shown again.</source>
        <translation>انسخه الآن واحفظه في مكان آمن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;نسخ السرّ</translation>
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
        <translation>ال&amp;حمولة:</translation>
    </message>
    <message>
        <source>Si&amp;gnature header:</source>
        <translation>ترويسة ال&amp;توقيع:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>ال&amp;سرّ:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;تحقق</translation>
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
        <translation>&amp;نشط: يمكنه تسجيل الدخول والعمل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
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
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>التحميل مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>إضافة عضو إلى الفريق</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>تعديل العضو المحدد</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>ت&amp;عطيل</translation>
    </message>
    <message>
        <source>Deactivate or activate the selected member</source>
        <translation>تعطيل العضو المحدد أو تفعيله</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
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
        <translation>ت&amp;فعيل</translation>
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
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Select &amp;all events</source>
        <translation>تحديد &amp;كل الأحداث</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
    <message>
        <source>A&amp;ctive: send events to this address</source>
        <translation>&amp;نشط: أرسل الأحداث إلى هذا العنوان</translation>
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
        <translation>&amp;حفظ</translation>
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
</context>
<context>
    <name>WebhooksPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>التحميل مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>إضافة خطاف ويب</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected webhook</source>
        <translation>تعديل خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>حذف خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>إعادة &amp;توليد السرّ…</translation>
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
        <source>Send &amp;test</source>
        <translation>إرسال ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Send a test event to the selected webhook</source>
        <translation>إرسال حدث اختبار إلى خطاف الويب المحدد</translation>
    </message>
    <message>
        <source>Check &amp;signature…</source>
        <translation>التحقق من ال&amp;توقيع…</translation>
    </message>
    <message>
        <source>Check a signature with a secret</source>
        <translation>التحقق من توقيع باستخدام سرّ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <source>Show &amp;delivery…</source>
        <translation>عرض ال&amp;تسليم…</translation>
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
