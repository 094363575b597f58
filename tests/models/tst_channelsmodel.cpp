// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelsmodel.h"
#include "statuscolours.h"
#include "fakeaccountapi.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

namespace {
Channel channel(const char *code, const char *status, const char *identifier, bool connected = true)
{
    Channel c;
    c.channel = QString::fromLatin1(code);
    c.status = QString::fromLatin1(status);
    c.identifier = QString::fromLatin1(identifier);
    if (connected)
        c.connectedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return c;
}
} // namespace

class TestChannelsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The status colours come from the palette: the usual dark red and green on a light
    // window, lighter ones that stay readable on a dark window.
    void statusColoursFollowThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QCOMPARE(StatusColours::error(light), QColor(0xb0, 0x20, 0x20));
        QCOMPARE(StatusColours::success(light), QColor(0x1b, 0x7a, 0x32));
        QCOMPARE(StatusColours::errorStyle(light), QStringLiteral("color: #b02020;"));
        QCOMPARE(StatusColours::successStyle(light, true),
            QStringLiteral("color: #1b7a32; font-weight: bold;"));
        QVERIFY(StatusColours::error(dark).lightness() > dark.color(QPalette::Window).lightness() + 80);
        QVERIFY(StatusColours::success(dark).lightness() > dark.color(QPalette::Window).lightness() + 80);
        QCOMPARE(StatusColours::errorOn(Qt::white), QColor(0xb0, 0x20, 0x20));
    }

    // The filters and the contact form list these: every one has a name of its own, in the
    // order the forms have always shown them.
    void knownCodesAreNamed()
    {
        const QStringList codes = ChannelsModel::knownCodes();
        QCOMPARE(codes,
            QStringList({ QStringLiteral("whatsapp"), QStringLiteral("instagram"),
                QStringLiteral("messenger"), QStringLiteral("telegram"), QStringLiteral("sms"),
                QStringLiteral("email"), QStringLiteral("webchat") }));
        for (const QString &code : codes)
            QVERIFY2(ChannelsModel::channelName(code) != code, qPrintable(code));
    }

    void loadsChannelsWithTesterAttached()
    {
        FakeAccountApi api;
        ChannelsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ChannelsModel::loaded);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QVERIFY(model.isLoading());
        api.channels.answer(QList<Channel>{channel("whatsapp", "connected", "+971501234567"),
                                           channel("instagram", "error", "@skylight", false),
                                           channel("carrierpigeon", "disconnected", "", false)});
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ChannelsModel::ColumnCount));
        QCOMPARE(model.index(0, ChannelsModel::ChannelColumn).data().toString(), QStringLiteral("WhatsApp"));
        QCOMPARE(model.index(0, ChannelsModel::IdentifierColumn).data().toString(),
                 QString(QChar(0x200E)) + QStringLiteral("+971501234567"));
        QCOMPARE(model.index(0, ChannelsModel::StatusColumn).data().toString(), QStringLiteral("Connected"));
        QVERIFY(!model.index(0, ChannelsModel::ConnectedAtColumn).data().toString().isEmpty());
        QCOMPARE(model.index(1, ChannelsModel::StatusColumn).data().toString(), QStringLiteral("Needs attention"));
        QCOMPARE(model.index(1, 0).data(ChannelsModel::IsConnectedRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ChannelsModel::StatusCodeRole).toString(), QStringLiteral("error"));
        QVERIFY(model.index(1, ChannelsModel::ConnectedAtColumn).data().toString().isEmpty());
        // Unknown channel codes are shown as sent, not dropped.
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("carrierpigeon"));
        // Every channel has an icon in its first column, an unknown one the neutral bubble.
        const auto icon = [&model](int row) {
            return model.index(row, ChannelsModel::ChannelColumn).data(Qt::DecorationRole).value<QIcon>();
        };
        QVERIFY(!icon(0).isNull());
        QVERIFY(!icon(2).isNull());
        QVERIFY(icon(0).pixmap(16, 16).toImage() != icon(1).pixmap(16, 16).toImage());
        QVERIFY(!model.index(0, ChannelsModel::StatusColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.headerData(ChannelsModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void failureKeepsRowsAndReportsError()
    {
        FakeAccountApi api;
        ChannelsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        api.channels.answer(QList<Channel>{channel("sms", "connected", "+15550100")});
        QSignalSpy failed(&model, &ChannelsModel::failed);
        model.refresh();
        api.channels.answer(ApiError(ApiError::Kind::Server, 500));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(model.rowCount(), 1);
    }

    void staleReplyIsDropped()
    {
        FakeAccountApi api;
        ChannelsModel model(api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        auto first = std::move(api.channels);
        model.refresh();
        api.channels.answer(QList<Channel>{channel("email", "connected", "desk@example.com")});
        first.answer(QList<Channel>{channel("sms", "connected", "+1"), channel("telegram", "connected", "@x")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ChannelsModel::ChannelCodeRole).toString(), QStringLiteral("email"));
    }
};

QTEST_MAIN(TestChannelsModel)
#include "tst_channelsmodel.moc"
