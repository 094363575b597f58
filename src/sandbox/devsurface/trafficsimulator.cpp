// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficsimulator.h"

#include "../core/database.h"
#include "../core/servicecontext.h"
#include "../messages/messagerecords.h"

#include <QJsonValue>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace Sandbox {

namespace {
const QStringList texts = {
    QStringLiteral("Hi, can I move my appointment to tomorrow?"),
    QStringLiteral("مرحبا، ما هي ساعات العمل اليوم؟"),
    QStringLiteral("Thanks for the reminder 👍"),
    QStringLiteral("هل يوجد موعد متاح يوم السبت؟"),
    QStringLiteral("Is parking available at the clinic?"),
};
}

TrafficSimulator::TrafficSimulator(ServiceContext &context, int intervalSeconds, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_timer.setInterval(std::max(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        try {
            tick();
        } catch (const SqlError &e) {
            qCWarning(lcSandbox) << "simulated traffic failed:" << e.what();
        }
    });
    m_timer.start();
}

qint64 TrafficSimulator::tick()
{
    const QVariant contactId = m_context.database.scalar(QStringLiteral(
        "SELECT id FROM contacts WHERE is_blacklisted = 0 ORDER BY random() LIMIT 1"));
    if (!contactId.isValid())
        return 0;
    const QString text = texts.at(m_count++ % texts.size());
    const auto message = MessageRecords::receiveInbound(m_context, contactId.toLongLong(), text);
    return message ? message->value(QStringLiteral("id")).toInteger() : 0;
}

} // namespace Sandbox
