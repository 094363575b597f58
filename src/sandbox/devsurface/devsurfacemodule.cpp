// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devsurfacemodule.h"

#include "../contacts/contactrecords.h"
#include "../core/clock.h"
#include "../core/database.h"
#include "../core/envelope.h"
#include "../core/eventbus.h"
#include "../core/faultinjector.h"
#include "../core/ratelimiter.h"
#include "../core/router.h"
#include "../core/servicecontext.h"
#include "../core/validator.h"
#include "../messages/messagerecords.h"

#include <QAtomicInteger>

namespace Sandbox {

namespace {

const QStringList inboundTypes
    = { QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("video"),
          QStringLiteral("audio"), QStringLiteral("document"), QStringLiteral("location") };

Response simulateInbound(ServiceContext &ctx, const Request &request)
{
    const qint64 contactId = request.idArg();
    if (!ContactRecords::exists(ctx.database, contactId))
        return Envelope::notFound(QStringLiteral("Contact"));
    Validator v(request.object());
    const QString type
        = v.oneOf(QStringLiteral("type"), inboundTypes).value_or(QStringLiteral("text"));
    const auto content = v.string(QStringLiteral("content"), false, 4096);
    const auto mediaUrl = v.string(QStringLiteral("media_url"), false, 2048);
    if (v.hasErrors())
        return v.response();
    const QString text = content.value_or(
        type == QStringLiteral("text") ? QStringLiteral("Hello from the sandbox!") : QString());
    const auto message
        = MessageRecords::receiveInbound(ctx, contactId, text, type, mediaUrl.value_or(QString()));
    return Envelope::created(*message, QStringLiteral("Inbound message simulated."));
}

Response simulateTicket(ServiceContext &ctx, const Request &request)
{
    static QAtomicInteger<qint64> nextTicket(1000);
    Validator v(request.object());
    const auto subject = v.string(QStringLiteral("subject"), false, 255);
    const auto contactId = v.integer(QStringLiteral("contact_id"));
    if (contactId && !ContactRecords::exists(ctx.database, *contactId))
        v.addError(
            QStringLiteral("contact_id"), QStringLiteral("The selected contact id is invalid."));
    if (v.hasErrors())
        return v.response();
    const QJsonObject ticket { { QStringLiteral("id"), nextTicket.fetchAndAddRelaxed(1) },
        { QStringLiteral("subject"), subject.value_or(QStringLiteral("Simulated ticket")) },
        { QStringLiteral("contact_id"), contactId ? QJsonValue(*contactId) : QJsonValue() },
        { QStringLiteral("status"), QStringLiteral("open") },
        { QStringLiteral("created_at"), ctx.clock.nowStamp() } };
    Q_EMIT ctx.events.publish(QStringLiteral("ticket.created"), ticket);
    return Envelope::created(ticket, QStringLiteral("Ticket simulated."));
}

Response addFault(ServiceContext &ctx, const Request &request)
{
    QString field;
    QString message;
    const auto fault = FaultInjector::fromJson(request.object(), &field, &message);
    if (!fault)
        return Envelope::validation(field, message);
    const qint64 id = ctx.faults.add(*fault);
    QJsonObject stored = fault->toJson();
    stored.insert(QStringLiteral("id"), id);
    return Envelope::created(stored, QStringLiteral("Fault installed."));
}

} // namespace

void DevSurfaceModule::registerRoutes(Router &router, ServiceContext &context)
{
    ServiceContext *ctx = &context;
    router.post(QStringLiteral("/_sandbox/contacts/{id}/inbound"),
        [ctx](const Request &r) { return simulateInbound(*ctx, r); });
    router.post(QStringLiteral("/_sandbox/tickets"),
        [ctx](const Request &r) { return simulateTicket(*ctx, r); });
    router.get(QStringLiteral("/_sandbox/faults"),
        [ctx](const Request &) { return Envelope::success(ctx->faults.toJson()); });
    router.post(
        QStringLiteral("/_sandbox/faults"), [ctx](const Request &r) { return addFault(*ctx, r); });
    router.del(QStringLiteral("/_sandbox/faults"), [ctx](const Request &) {
        ctx->faults.clear();
        return Envelope::success(QJsonArray(), QStringLiteral("Faults cleared."));
    });
    router.post(QStringLiteral("/_sandbox/reset"), [ctx](const Request &) {
        ctx->faults.clear();
        ctx->rateLimiter.reset();
        return Envelope::success(
            QJsonObject(), QStringLiteral("Faults and rate-limit counters reset."));
    });
}

} // namespace Sandbox
