// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotexts.h"

namespace Sandbox {

const QStringList &DemoTexts::englishFirstNames()
{
    static const QStringList names = {
        QStringLiteral("Sarah"), QStringLiteral("James"), QStringLiteral("Emily"), QStringLiteral("Michael"),
        QStringLiteral("Olivia"), QStringLiteral("Daniel"), QStringLiteral("Sophie"), QStringLiteral("Thomas"),
        QStringLiteral("Grace"), QStringLiteral("William"), QStringLiteral("Chloe"), QStringLiteral("Benjamin"),
        QStringLiteral("Hannah"), QStringLiteral("Samuel"), QStringLiteral("Lucy"), QStringLiteral("Jack"),
        QStringLiteral("Amelia"), QStringLiteral("Oliver"), QStringLiteral("Isabella"), QStringLiteral("Henry"),
        QStringLiteral("Charlotte"), QStringLiteral("George"), QStringLiteral("Emma"), QStringLiteral("Harry"),
        QStringLiteral("Ava"), QStringLiteral("Noah"), QStringLiteral("Mia"), QStringLiteral("Lucas"),
        QStringLiteral("Zoe"), QStringLiteral("Ethan"), QStringLiteral("Ruby"), QStringLiteral("Leo"),
    };
    return names;
}

const QStringList &DemoTexts::englishLastNames()
{
    static const QStringList names = {
        QStringLiteral("Johnson"), QStringLiteral("Smith"), QStringLiteral("Williams"), QStringLiteral("Brown"),
        QStringLiteral("Taylor"), QStringLiteral("Davies"), QStringLiteral("Wilson"), QStringLiteral("Evans"),
        QStringLiteral("Thomas"), QStringLiteral("Roberts"), QStringLiteral("Walker"), QStringLiteral("Wright"),
        QStringLiteral("Thompson"), QStringLiteral("White"), QStringLiteral("Hughes"), QStringLiteral("Edwards"),
        QStringLiteral("Green"), QStringLiteral("Hall"), QStringLiteral("Wood"), QStringLiteral("Harris"),
        QStringLiteral("Clarke"), QStringLiteral("Jackson"), QStringLiteral("O'Brien"), QStringLiteral("Murphy"),
    };
    return names;
}

const QStringList &DemoTexts::arabicFirstNames()
{
    static const QStringList names = {
        QStringLiteral("محمد"), QStringLiteral("أحمد"), QStringLiteral("فاطمة"), QStringLiteral("عائشة"),
        QStringLiteral("علي"), QStringLiteral("مريم"), QStringLiteral("خالد"), QStringLiteral("نورة"),
        QStringLiteral("عمر"), QStringLiteral("سارة"), QStringLiteral("يوسف"), QStringLiteral("ليلى"),
        QStringLiteral("حسن"), QStringLiteral("هدى"), QStringLiteral("إبراهيم"), QStringLiteral("زينب"),
        QStringLiteral("سلطان"), QStringLiteral("منى"), QStringLiteral("راشد"), QStringLiteral("شيماء"),
        QStringLiteral("طارق"), QStringLiteral("ريم"), QStringLiteral("ماجد"), QStringLiteral("دانة"),
        QStringLiteral("سعيد"), QStringLiteral("لطيفة"), QStringLiteral("حمدان"), QStringLiteral("أمل"),
    };
    return names;
}

const QStringList &DemoTexts::arabicLastNames()
{
    static const QStringList names = {
        QStringLiteral("الراشد"), QStringLiteral("المنصوري"), QStringLiteral("الهاشمي"), QStringLiteral("الكعبي"),
        QStringLiteral("السويدي"), QStringLiteral("المزروعي"), QStringLiteral("الشامسي"), QStringLiteral("النعيمي"),
        QStringLiteral("الظاهري"), QStringLiteral("القاسمي"), QStringLiteral("الفلاسي"), QStringLiteral("العامري"),
        QStringLiteral("البلوشي"), QStringLiteral("الحمادي"), QStringLiteral("الزعابي"), QStringLiteral("المهيري"),
        QStringLiteral("الخوري"), QStringLiteral("حداد"), QStringLiteral("سعيد"), QStringLiteral("عثمان"),
    };
    return names;
}

const QStringList &DemoTexts::englishInbound()
{
    static const QStringList texts = {
        QStringLiteral("Hi, do you have any appointments available this week?"),
        QStringLiteral("Can I reschedule my booking to Thursday afternoon?"),
        QStringLiteral("What are your opening hours on Saturday?"),
        QStringLiteral("Thanks, see you tomorrow!"),
        QStringLiteral("Is parking available near the clinic?"),
        QStringLiteral("I need to cancel my appointment, sorry."),
        QStringLiteral("How much does the follow-up visit cost?"),
        QStringLiteral("Can you send me the address please?"),
        QStringLiteral("I'm running 10 minutes late."),
        QStringLiteral("Do you accept insurance?"),
        QStringLiteral("Great service last time \U0001F44D"),
        QStringLiteral("Hello? Is anyone there?"),
    };
    return texts;
}

const QStringList &DemoTexts::englishOutbound()
{
    static const QStringList texts = {
        QStringLiteral("Hello! Yes, we have slots on Tuesday at 10:00 and 14:30."),
        QStringLiteral("Your booking is confirmed. See you soon!"),
        QStringLiteral("We're open 09:00 to 17:00, Monday to Saturday."),
        QStringLiteral("No problem, your appointment has been moved."),
        QStringLiteral("Here is our location on the map."),
        QStringLiteral("Thank you for your message, an agent will reply shortly."),
        QStringLiteral("Your appointment has been cancelled. Would you like a new time?"),
        QStringLiteral("Reminder: your appointment is tomorrow at 11:00."),
    };
    return texts;
}

const QStringList &DemoTexts::arabicInbound()
{
    static const QStringList texts = {
        QStringLiteral("مرحبا، هل لديكم مواعيد متاحة هذا الأسبوع؟"),
        QStringLiteral("أريد تغيير موعدي إلى يوم الخميس من فضلك."),
        QStringLiteral("ما هي ساعات العمل يوم السبت؟"),
        QStringLiteral("شكراً جزيلاً، أراكم غداً!"),
        QStringLiteral("هل يوجد موقف سيارات قريب؟"),
        QStringLiteral("أحتاج إلى إلغاء الموعد، آسف."),
        QStringLiteral("كم تكلفة زيارة المتابعة؟"),
        QStringLiteral("ممكن ترسلون لي العنوان؟"),
        QStringLiteral("سأتأخر عشر دقائق."),
        QStringLiteral("خدمة ممتازة \U0001F44C"),
    };
    return texts;
}

const QStringList &DemoTexts::arabicOutbound()
{
    static const QStringList texts = {
        QStringLiteral("أهلاً بك! نعم، لدينا مواعيد يوم الثلاثاء الساعة 10:00 و 14:30."),
        QStringLiteral("تم تأكيد حجزك. نراك قريباً!"),
        QStringLiteral("نعمل من 09:00 إلى 17:00، من الاثنين إلى السبت."),
        QStringLiteral("لا مشكلة، تم نقل موعدك."),
        QStringLiteral("هذا موقعنا على الخريطة."),
        QStringLiteral("شكراً لرسالتك، سيرد عليك أحد الموظفين قريباً."),
        QStringLiteral("تذكير: موعدك غداً الساعة 11:00."),
    };
    return texts;
}

QString DemoTexts::personName(int n)
{
    // Stride the last names by a number coprime to the list sizes so first and last names
    // do not march in lockstep and the combinations stay varied.
    if (isArabicName(n)) {
        const QStringList &first = arabicFirstNames();
        const QStringList &last = arabicLastNames();
        return first.at(n % first.size()) + u' ' + last.at((n * 7 + n / first.size()) % last.size());
    }
    const QStringList &first = englishFirstNames();
    const QStringList &last = englishLastNames();
    return first.at(n % first.size()) + u' ' + last.at((n * 5 + n / first.size()) % last.size());
}

} // namespace Sandbox
