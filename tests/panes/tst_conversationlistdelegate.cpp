// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelicon.h"
#include "conversationlistdelegate.h"
#include "screenshot.h"
#include "conversationsmodel.h"
#include "fakeconversationsapi.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>

// The inbox list's two-line rows: what goes where, in both directions, and that a row
// tells an unread conversation apart.
class TestConversationListDelegate : public QObject
{
    Q_OBJECT

private:
    FakeConversationsApi m_api;
    ConversationsModel *m_model = nullptr;

    static Conversation conversation(qint64 id, const QString &name, const QString &channel, int unread,
                                     const QString &text)
    {
        Conversation c;
        c.id = id;
        c.contact.id = id;
        c.contact.name = name;
        c.channel = channel;
        c.unreadCount = unread;
        c.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
        Message m;
        m.direction = QStringLiteral("inbound");
        m.type = QStringLiteral("text");
        m.content = text;
        c.lastMessage = m;
        return c;
    }

    QStyleOptionViewItem option(Qt::LayoutDirection direction) const
    {
        QStyleOptionViewItem o;
        o.rect = QRect(0, 0, 360, 52);
        o.direction = direction;
        o.font = QFont();
        o.state = QStyle::State_Enabled;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_model = new ConversationsModel(m_api, this);
        m_model->setConversations(
            {conversation(1, QStringLiteral("Sarah Johnson"), QStringLiteral("whatsapp"), 3,
                          QStringLiteral("Can I move my appointment to Thursday?")),
             conversation(2, QStringLiteral("أحمد الراشد"), QStringLiteral("instagram"), 0,
                          QStringLiteral("مرحبا، هل لديكم موعد غدا؟")),
             conversation(3, QStringLiteral("Newcomer"), QStringLiteral("carrierpigeon"), 150, QString())},
            false);
    }
    void cleanup() { delete m_model; }

    void firstLineHoldsNameAndTimeSecondThePreview()
    {
        ConversationListDelegate delegate;
        const auto l = delegate.layout(option(Qt::LeftToRight), m_model->index(0, 0));
        QCOMPARE(l.name.top(), l.time.top());
        QVERIFY(l.preview.top() > l.name.bottom());
        QVERIFY2(l.name.right() < l.time.left(), "the name must not run under the time");
        QVERIFY(l.icon.right() < l.name.left());
        QVERIFY(l.time.width() > 0);
    }

    void badgeOnlyWhileUnread()
    {
        ConversationListDelegate delegate;
        const auto unread = delegate.layout(option(Qt::LeftToRight), m_model->index(0, 0));
        QVERIFY(!unread.badge.isNull());
        QVERIFY(unread.preview.right() < unread.badge.left());
        const auto read = delegate.layout(option(Qt::LeftToRight), m_model->index(1, 0));
        QVERIFY(read.badge.isNull());
        QVERIFY2(read.preview.right() > unread.preview.right(), "a read row gives the preview the badge's room");
    }

    void rightToLeftMirrorsTheRow()
    {
        ConversationListDelegate delegate;
        const auto ltr = delegate.layout(option(Qt::LeftToRight), m_model->index(0, 0));
        const auto rtl = delegate.layout(option(Qt::RightToLeft), m_model->index(0, 0));
        QVERIFY(ltr.icon.left() < ltr.name.left());
        QVERIFY2(rtl.icon.left() > rtl.name.right(), "in Arabic the icon leads from the right");
        QVERIFY(rtl.time.right() < rtl.name.left());
        QVERIFY(rtl.badge.right() < rtl.preview.left());
        QCOMPARE(rtl.icon.width(), ltr.icon.width());
        QCOMPARE(rtl.name.width(), ltr.name.width());
    }

    void rowHasRoomForTwoLines()
    {
        ConversationListDelegate delegate;
        const QSize hint = delegate.sizeHint(option(Qt::LeftToRight), m_model->index(0, 0));
        QVERIFY(hint.height() >= 2 * QFontMetrics(QFont()).height());
        const auto l = delegate.layout(option(Qt::LeftToRight), m_model->index(0, 0));
        QVERIFY2(l.preview.bottom() <= hint.height(), "the preview fits the row the delegate asks for");
    }

    void knownChannelsHaveTheirOwnIconAndUnknownOnesAFallback()
    {
        QVERIFY(ChannelIcon::isKnown(QStringLiteral("whatsapp")));
        QVERIFY(ChannelIcon::isKnown(QStringLiteral("webchat")));
        QVERIFY(!ChannelIcon::isKnown(QStringLiteral("carrierpigeon")));
        QVERIFY(!ChannelIcon::isKnown(QStringLiteral("../channels/sms")));
        QVERIFY(!ChannelIcon::forChannel(QStringLiteral("carrierpigeon")).isNull());
        const QImage whatsapp = ChannelIcon::forChannel(QStringLiteral("whatsapp")).pixmap(24, 24).toImage();
        const QImage sms = ChannelIcon::forChannel(QStringLiteral("sms")).pixmap(24, 24).toImage();
        QVERIFY(!whatsapp.isNull());
        QVERIFY2(whatsapp != sms, "each channel looks different");
    }

    void arabicNameStartsAtTheLeadingEdgeOfAnEnglishRow()
    {
        // An Arabic name in an English list still starts next to the icon, not at the far end.
        ConversationListDelegate delegate;
        QStyleOptionViewItem o = option(Qt::LeftToRight);
        const QModelIndex arabic = m_model->index(1, 0);
        QImage image(o.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, o, arabic);
        }
        const QRect name = delegate.layout(o, arabic).name;
        int firstInk = -1;
        for (int x = name.left(); x <= name.right() && firstInk < 0; ++x) {
            for (int y = name.top(); y <= name.bottom(); ++y) {
                if (qGray(image.pixel(x, y)) < 128) {
                    firstInk = x;
                    break;
                }
            }
        }
        QVERIFY(firstInk >= 0);
        QVERIFY2(firstInk < name.left() + name.width() / 4,
                 qPrintable(QStringLiteral("the name starts at x=%1 in [%2, %3]")
                                .arg(firstInk).arg(name.left()).arg(name.right())));
    }

    void paintsEveryRowInAView()
    {
        // Painting the real rows: a large unread count, an unknown channel, an empty preview
        // and Arabic text must all draw without tripping anything.
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QListView view;
            view.setLayoutDirection(direction);
            view.setModel(m_model);
            view.setItemDelegate(new ConversationListDelegate(&view));
            view.resize(360, 240);
            const QImage shot = view.grab().toImage();
            QVERIFY(!shot.isNull());
            Screenshot::save(shot, direction == Qt::LeftToRight ? u"inbox/conversationlist-ltr.png"_qs
                                                                 : u"inbox/conversationlist-rtl.png"_qs);
        }
    }
};

QTEST_MAIN(TestConversationListDelegate)
#include "tst_conversationlistdelegate.moc"
