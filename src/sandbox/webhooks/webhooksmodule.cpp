// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksmodule.h"

#include "webhookevents.h"
#include "webhookpublisher.h"
#include "webhooksamples.h"
#include "webhooksigner.h"
#include "webhookstore.h"
#include "webhookurlrule.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/envelope.h"
#include "core/pagination.h"
#include "core/request.h"
#include "core/response.h"
#include "core/router.h"
#include "core/servicecontext.h"
#include "core/validator.h"

#include <QJsonArray>
#include <QUrl>

namespace Sandbox {

namespace {

// url and events rules shared by create (required) and update (optional).
void checkUrl(Validator &v, const std::optional<QString> &url)
{
    QString why;
    if (url && !WebhookUrlRule::isAcceptable(*url, &why))
        v.addError(QStringLiteral("url"), why);
}

void checkEvents(Validator &v, const std::optional<QStringList> &events)
{
    if (!events)
        return;
    for (const QString &event : *events) {
        if (!WebhookEvents::isKnown(event))
            v.addError(QStringLiteral("events"), QStringLiteral("The event %1 is not one of the available events.").arg(event));
    }
}

QStringList withoutDuplicates(QStringList events)
{
    events.removeDuplicates();
    return events;
}

} // namespace

WebhooksModule::WebhooksModule() = default;
WebhooksModule::~WebhooksModule() = default;

void WebhooksModule::registerRoutes(Router &router, ServiceContext &context)
{
    m_context = &context;
    m_publisher = std::make_unique<WebhookPublisher>(context);
    const QString base = QStringLiteral("/api/v1/webhooks");
    router.get(base + u"/events", [this](const Request &) { return events(); });
    router.get(base, [this](const Request &r) { return list(r); });
    router.post(base, [this](const Request &r) { return create(r); });
    router.get(base + u"/{id}", [this](const Request &r) { return show(r); });
    router.put(base + u"/{id}", [this](const Request &r) { return update(r); });
    router.del(base + u"/{id}", [this](const Request &r) { return remove(r); });
    router.post(base + u"/{id}/test", [this](const Request &r) { return test(r); });
    router.get(base + u"/{id}/deliveries", [this](const Request &r) { return deliveries(r); });
    router.post(base + u"/{id}/regenerate-secret", [this](const Request &r) { return regenerateSecret(r); });
}

Response WebhooksModule::events() const
{
    QJsonArray data;
    for (const WebhookEvent &event : WebhookEvents::all())
        data.append(QJsonObject{ { QStringLiteral("name"), event.name },
                                 { QStringLiteral("description"), event.description } });
    return Envelope::success(data);
}

Response WebhooksModule::list(const Request &request) const
{
    const Pagination page = Pagination::fromQuery(request.query);
    qint64 total = 0;
    QJsonArray data;
    for (const WebhookRow &row : WebhookStore(m_context->database).list(page, &total))
        data.append(row.toJson(false));
    return Envelope::list(data, page.meta(total));
}

Response WebhooksModule::create(const Request &request) const
{
    Validator v(request.object());
    const auto url = v.string(QStringLiteral("url"), true, 2048);
    const auto events = v.stringArray(QStringLiteral("events"), true, true);
    const auto description = v.string(QStringLiteral("description"), false, 255);
    const auto isActive = v.boolean(QStringLiteral("is_active"));
    checkUrl(v, url);
    checkEvents(v, events);
    if (v.hasErrors())
        return v.response();

    WebhookRow row;
    row.url = url->trimmed();
    if (description)
        row.description = *description;
    row.events = withoutDuplicates(*events);
    row.isActive = isActive.value_or(true);
    row.secret = WebhookSigner::generateSecret();
    row.createdAt = row.updatedAt = m_context->clock.nowStamp();
    row.id = WebhookStore(m_context->database).insert(row);
    return Envelope::created(row.toJson(true), QStringLiteral("Webhook created successfully."));
}

Response WebhooksModule::show(const Request &request) const
{
    const auto row = WebhookStore(m_context->database).webhook(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Webhook"));
    return Envelope::success(row->toJson(false));
}

Response WebhooksModule::update(const Request &request) const
{
    const WebhookStore store(m_context->database);
    auto row = store.webhook(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Webhook"));
    Validator v(request.object());
    const auto url = v.string(QStringLiteral("url"), false, 2048);
    const auto events = v.stringArray(QStringLiteral("events"), false, true);
    const auto description = v.string(QStringLiteral("description"), false, 255);
    const auto isActive = v.boolean(QStringLiteral("is_active"));
    if (v.isNull(QStringLiteral("url")))
        v.addError(QStringLiteral("url"), QStringLiteral("The url field is required."));
    if (v.isNull(QStringLiteral("events")))
        v.addError(QStringLiteral("events"), QStringLiteral("The events field is required."));
    checkUrl(v, url);
    checkEvents(v, events);
    if (v.hasErrors())
        return v.response();

    if (url)
        row->url = url->trimmed();
    if (events)
        row->events = withoutDuplicates(*events);
    if (description)
        row->description = *description;
    else if (v.isNull(QStringLiteral("description")))
        row->description = QVariant();
    if (isActive)
        row->isActive = *isActive;
    row->updatedAt = m_context->clock.nowStamp();
    store.update(*row);
    return Envelope::success(row->toJson(false), QStringLiteral("Webhook updated successfully."));
}

Response WebhooksModule::remove(const Request &request) const
{
    const WebhookStore store(m_context->database);
    if (!store.webhook(request.idArg()))
        return Envelope::notFound(QStringLiteral("Webhook"));
    store.remove(request.idArg());
    return Envelope::success(QJsonValue::Null, QStringLiteral("Webhook deleted successfully."));
}

Response WebhooksModule::test(const Request &request) const
{
    const WebhookStore store(m_context->database);
    const auto row = store.webhook(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Webhook"));
    Validator v(request.object());
    const auto chosen = v.string(QStringLiteral("event"), false, 64);
    if (chosen && !WebhookEvents::isKnown(*chosen))
        v.addError(QStringLiteral("event"), QStringLiteral("The selected event is invalid."));
    if (v.hasErrors())
        return v.response();
    const QString event = chosen.value_or(row->events.value(0, QStringLiteral("contact.created")));

    const qint64 deliveryId = m_publisher->deliver(
        row->id, QUrl(row->url), event, WebhookSamples::sample(event, m_context->clock.nowStamp()));
    const auto record = store.delivery(deliveryId);
    if (!record)
        return Envelope::error(500, QStringLiteral("The test delivery could not be recorded."));
    return Envelope::success(*record, QStringLiteral("Test event sent."));
}

Response WebhooksModule::deliveries(const Request &request) const
{
    const WebhookStore store(m_context->database);
    if (!store.webhook(request.idArg()))
        return Envelope::notFound(QStringLiteral("Webhook"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString event = request.queryValue(QStringLiteral("event"));
    QMap<QString, QStringList> errors;
    if (!status.isEmpty() && status != u"success" && status != u"failed" && status != u"pending")
        errors[QStringLiteral("status")].append(QStringLiteral("The selected status is invalid."));
    if (!event.isEmpty() && !WebhookEvents::isKnown(event))
        errors[QStringLiteral("event")].append(QStringLiteral("The selected event is invalid."));
    if (!errors.isEmpty())
        return Envelope::validation(errors);

    const Pagination page = Pagination::fromQuery(request.query);
    qint64 total = 0;
    QJsonArray data;
    for (const QJsonObject &delivery : store.deliveries(request.idArg(), status, event, page, &total))
        data.append(delivery);
    return Envelope::list(data, page.meta(total));
}

Response WebhooksModule::regenerateSecret(const Request &request) const
{
    const WebhookStore store(m_context->database);
    auto row = store.webhook(request.idArg());
    if (!row)
        return Envelope::notFound(QStringLiteral("Webhook"));
    row->secret = WebhookSigner::generateSecret();
    row->updatedAt = m_context->clock.nowStamp();
    store.update(*row);
    return Envelope::success(QJsonObject{ { QStringLiteral("id"), row->id }, { QStringLiteral("secret"), row->secret } },
                             QStringLiteral("Webhook secret regenerated."));
}

} // namespace Sandbox
