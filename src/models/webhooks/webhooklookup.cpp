// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooklookup.h"

#include "webhooksapi.h"

void WebhookLookup::findCreated(WebhooksApi &api, const WebhookInput &input,
    const QSet<qint64> &knownBefore, QObject *context, ApiCallback<Found> callback)
{
    const QString url = input.url.value_or(QString()).trimmed();
    QStringList events = input.events.value_or(QStringList());
    events.sort();
    api.list(PageRequest { 1, 100 }, context,
        [url, events, knownBefore, callback = std::move(callback)](
            const ApiResult<Page<Webhook>> &result) {
            if (!result) {
                callback(result.error());
                return;
            }
            for (const Webhook &w : result.value().items) {
                QStringList theirs = w.events;
                theirs.sort();
                if (!knownBefore.contains(w.id) && w.url == url && theirs == events) {
                    callback(Found(w));
                    return;
                }
            }
            callback(Found());
        });
}
