// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Calendar pane tests share: the real sandbox (demo seed, clock pinned at
// 2026-03-04T09:00:00Z, a Wednesday), the REST APIs over one client, a navigator that
// records, and a pane shown and loaded.
#include "apiclient.h"
#include "calendarpane.h"
#include "panenavigator.h"
#include "restaccountapi.h"
#include "restbookingsapi.h"
#include "restcontactsapi.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace CalendarTest {
inline const QDateTime kNow(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc());

inline QDateTime utc(int d, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, d), QTime(h, m), QTimeZone::utc());
}

inline void sendMouse(
    QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), Qt::LeftButton,
        buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

class RecordingNavigator final : public PaneNavigator
{
public:
    bool canOpenContact() const override { return true; }
    void openContact(int contactId) override { openedContact = contactId; }
    bool canOpenConversation() const override { return false; }
    void openConversation(int) override { }
    bool canBookAppointment() const override { return true; }
    void bookAppointment(const ContactRef &) override { }
    int openedContact = 0;
};
} // namespace CalendarTest

class CalendarPaneTestBase
{
protected:
    // What the panes remember lives in a file of the test's own, never in the user's home.
    QTemporaryDir m_settingsDir;
    QSettings m_settings { m_settingsDir.filePath(QStringLiteral("calendar.ini")), QSettings::IniFormat };
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RestBookingsApi> m_bookings;
    std::unique_ptr<RestBookingsApi> m_background;
    std::unique_ptr<RestContactsApi> m_contacts;
    std::unique_ptr<RestAccountApi> m_account;
    CalendarTest::RecordingNavigator m_navigator;

    bool startSandbox(int rateLimitPerMinute = 120)
    {
        QStandardPaths::setTestModeEnabled(true);
        Sandbox::Options options = SandboxFixture::defaultOptions();
        options.seed = QStringLiteral("demo");
        options.rateLimitPerMinute = rateLimitPerMinute;
        m_fixture = std::make_unique<SandboxFixture>(options);
        if (!m_fixture->start())
            return false;
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        connectClient();
        m_bookings = std::make_unique<RestBookingsApi>(m_client.get());
        m_background
            = std::make_unique<RestBookingsApi>(m_client.get(), RequestPriority::Background);
        m_contacts = std::make_unique<RestContactsApi>(m_client.get());
        m_account = std::make_unique<RestAccountApi>(m_client.get());
        return true;
    }

    void connectClient()
    {
        m_client->setConnection(ApiConnection {
            m_fixture->baseUrl(), m_fixture->apiKey(), ApiConnection::AuthStyle::Bearer });
    }

    // A pane on 4 March, shown (which loads it) and loaded; bookings may be another API.
    std::unique_ptr<CalendarPane> makePane(
        std::optional<CalendarPane::Mode> mode = CalendarPane::Mode::Week,
        BookingsApi *bookings = nullptr)
    {
        BookingsApi &api = bookings ? *bookings : *m_bookings;
        auto pane = std::make_unique<CalendarPane>(CalendarPane::Services {
            api, bookings ? api : *m_background, *m_contacts, *m_account, m_navigator, m_settings });
        pane->setClock([] { return CalendarTest::kNow; });
        pane->setLocalZone(QTimeZone::utc());
        pane->setDate(QDate(2026, 3, 4));
        if (mode)
            pane->setMode(*mode);
        pane->resize(1400, 900);
        QSignalSpy loaded(pane.get(), &CalendarPane::loaded);
        pane->show(); // the first show loads
        if (!loaded.wait(15000))
            qFatal("the calendar did not load");
        return pane;
    }

    QJsonObject serverBooking(qint64 id)
    {
        return m_fixture->http().get(QStringLiteral("/bookings/%1").arg(id)).dataObject();
    }

    // Made through the API, as another receptionist would: 0 when the server refused.
    qint64 postBooking(int resource, const QDateTime &start, int type = 3, int contact = 42)
    {
        const TestReply made = m_fixture->http().post(QStringLiteral("/bookings"),
            QJsonObject { { QStringLiteral("contact_id"), contact },
                { QStringLiteral("booking_type_id"), type },
                { QStringLiteral("resource_id"), resource },
                { QStringLiteral("starts_at"), start.toString(Qt::ISODate) } });
        return made.status == 201 ? made.dataObject().value(QStringLiteral("id")).toInteger() : 0;
    }
};
