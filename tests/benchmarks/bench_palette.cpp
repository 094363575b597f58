// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command palette from keystroke to updated list, on local data (nothing asked of a
// server): each iteration types one more letter into the real dialog (or takes it back),
// which matches every entry, sorts, resets the list, selects the best row, and paints the
// list once. Goal: under 50 ms. Data rows: a usual day (300 loaded conversations, a
// week of 150 bookings) and a heavy one (10,000 conversations, 2,000 bookings). See
// docs/performance.md (Command palette).
#include "booking.h"
#include "commandpalettedialog.h"
#include "conversation.h"
#include "paletteentries.h"
#include "palettemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTimeZone>

namespace {

const QStringList kFirst{QStringLiteral("Sarah"), QStringLiteral("Omar"), QStringLiteral("Mona"),
                         QStringLiteral("Ahmed"), QStringLiteral("Lina"), QStringLiteral("David"),
                         QStringLiteral("فاطمة"), QStringLiteral("محمد"), QStringLiteral("Chen"), QStringLiteral("Aisha")};
const QStringList kLast{QStringLiteral("Johnson"), QStringLiteral("Haddad"), QStringLiteral("Said"),
                        QStringLiteral("Al Mansouri"), QStringLiteral("Weber"), QStringLiteral("العلي"),
                        QStringLiteral("Nunez"), QStringLiteral("Kim"), QStringLiteral("Rahman")};

QList<PaletteEntry> localEntries(int conversations, int bookings)
{
    QList<PaletteEntry> out;
    for (int i = 0; i < 6; ++i) {
        PaletteEntry e;
        e.kind = PaletteEntry::Kind::Section;
        e.key = QStringLiteral("section:%1").arg(i);
        e.title = QStringList{QStringLiteral("Account"), QStringLiteral("Inbox"), QStringLiteral("Contacts"),
                              QStringLiteral("Calendar"), QStringLiteral("Webhooks"), QStringLiteral("Team")}.at(i);
        out.append(e);
    }
    for (int i = 0; i < 80; ++i) {
        PaletteEntry e;
        e.kind = PaletteEntry::Kind::Action;
        e.key = QStringLiteral("action:%1").arg(i);
        e.title = QStringLiteral("Command number %1 of the section").arg(i);
        e.keys = QStringLiteral("Ctrl+Shift+%1").arg(i % 10);
        out.append(e);
    }
    for (int i = 0; i < conversations; ++i) {
        Conversation c;
        c.contact.id = i + 1;
        c.contact.name = kFirst.at(i % kFirst.size()) + QLatin1Char(' ') + kLast.at((i / 7) % kLast.size());
        c.contact.phone = QStringLiteral("+9715%1").arg(10000000 + i);
        c.channel = QStringLiteral("whatsapp");
        Message m;
        m.content = i % 3 ? QStringLiteral("Could we move the appointment to Thursday afternoon?")
                          : QStringLiteral("مرحبا، هل يمكنني حجز موعد؟");
        c.lastMessage = m;
        out.append(PaletteEntries::fromConversation(c));
    }
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < bookings; ++i) {
        Booking b;
        b.id = i + 1;
        b.contactId = i + 1;
        const QString name = kFirst.at(i % kFirst.size()) + QLatin1Char(' ') + kLast.at(i % kLast.size());
        b.title = QStringLiteral("Follow-up Visit – ") + name;
        b.startsAt = start.addSecs(qint64(i) * 1800);
        out.append(PaletteEntries::fromBooking(b, name, QTimeZone::utc()));
    }
    return out;
}

} // namespace

class BenchPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keystrokeToUpdatedList_data()
    {
        QTest::addColumn<int>("conversations");
        QTest::addColumn<int>("bookings");
        QTest::newRow("usual day: 300 conversations, 150 bookings") << 300 << 150;
        QTest::newRow("heavy: 10000 conversations, 2000 bookings") << 10000 << 2000;
    }

    void keystrokeToUpdatedList()
    {
        QFETCH(int, conversations);
        QFETCH(int, bookings);
        PaletteModel model;
        model.setLocalEntries(localEntries(conversations, bookings));
        CommandPaletteDialog dialog(model);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Typing "sarah j" and taking it back, one letter per iteration.
        const QString word = QStringLiteral("sarah j");
        QStringList steps;
        for (int n = 1; n <= word.size(); ++n)
            steps.append(word.left(n));
        for (int n = int(word.size()) - 1; n >= 1; --n)
            steps.append(word.left(n));
        int step = 0;
        QBENCHMARK {
            dialog.edit()->setText(steps.at(step++ % steps.size()));
            dialog.list()->viewport()->repaint();
        }
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_MAIN(BenchPalette)
#include "bench_palette.moc"
