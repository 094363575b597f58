// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The inbox's two long views: a thread of 5,000 messages (bubbles of mixed English and
// Arabic) and a list of 10,000 conversations. Each iteration scrolls one page and paints
// the view once: the frame time while scrolling (goal: under 16 ms). The resident memory
// the data and views add is printed once. See docs/performance.md (Inbox).
#include "conversationsapi.h"
#include "conversationsmodel.h"
#include "messagedelegate.h"
#include "threadmodel.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

namespace {

// The benchmark fills the models directly; nothing is asked of the server.
class NoServer final : public ConversationsApi
{
public:
    void listConversations(const ConversationQuery &, QObject *, ApiCallback<Page<Conversation>>) override { }
    void listMessages(qint64, const PageRequest &, QObject *, ApiCallback<Page<Message>>) override { }
    void send(const MessageDraft &, QObject *, ApiCallback<Message>) override { }
};

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4 : 0;
}

QList<Message> messages(int count)
{
    QList<Message> out;
    out.reserve(count);
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Message m;
        m.id = i + 1;
        m.contactId = 42;
        m.channel = QStringLiteral("whatsapp");
        m.direction = i % 3 ? QStringLiteral("inbound") : QStringLiteral("outbound");
        m.type = i % 50 == 0 ? QStringLiteral("image") : QStringLiteral("text");
        m.mediaUrl = m.type == QLatin1String("image") ? QStringLiteral("https://cdn.example/img%1.jpg").arg(i) : QString();
        m.content = i % 4 == 0 ? QStringLiteral("مرحبا، هل يمكنني حجز موعد يوم %1؟").arg(i)
                               : QStringLiteral("Message %1: could we move the appointment to a later slot this week?").arg(i);
        m.status = QStringLiteral("read");
        m.createdAt = start.addSecs(qint64(i) * 1800);
        out.append(m);
    }
    return out;
}

QList<Conversation> conversations(int count)
{
    QList<Conversation> out;
    out.reserve(count);
    const QDateTime now(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Conversation c;
        c.id = i + 1;
        c.contact.id = i + 1;
        c.contact.name = i % 2 ? QStringLiteral("Customer %1").arg(i) : QStringLiteral("عميل %1").arg(i);
        c.channel = i % 3 ? QStringLiteral("whatsapp") : QStringLiteral("sms");
        c.unreadCount = i % 7;
        c.updatedAt = now.addSecs(-qint64(i) * 60);
        Message m;
        m.direction = QStringLiteral("inbound");
        m.content = QStringLiteral("Last message of conversation %1").arg(i);
        c.lastMessage = m;
        out.append(c);
    }
    return out;
}

} // namespace

class BenchInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadOf5000Messages()
    {
        NoServer api;
        const qint64 before = residentKiB();
        ThreadModel model(api);
        model.setMessages(messages(5000), false);
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new MessageDelegate(&view));
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view.setResizeMode(QListView::Adjust);
        view.resize(700, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QCoreApplication::processEvents();
        qInfo("thread: 5000 messages, resident memory added %lld KiB", residentKiB() - before);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QBENCHMARK {
            // Scrolling up a page at a time, as an agent reading back does.
            int value = bar->value() - bar->pageStep();
            if (value < bar->minimum())
                value = bar->maximum();
            bar->setValue(value);
            view.viewport()->repaint();
        }
    }

    void listOf10000Conversations()
    {
        NoServer api;
        const qint64 before = residentKiB();
        ConversationsModel model(api);
        model.setConversations(conversations(10000), false);
        QTreeView view;
        view.setModel(&model);
        view.setRootIsDecorated(false);
        view.setUniformRowHeights(true);
        view.header()->setSectionResizeMode(ConversationsModel::PreviewColumn, QHeaderView::Stretch);
        view.resize(500, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        qInfo("list: 10000 conversations, resident memory added %lld KiB", residentKiB() - before);
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QBENCHMARK {
            int value = bar->value() + bar->pageStep();
            if (value > bar->maximum())
                value = 0;
            bar->setValue(value);
            view.viewport()->repaint();
        }
    }
};

QTEST_MAIN(BenchInbox)
#include "bench_inbox.moc"
