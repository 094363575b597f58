// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactexport.h"

#include "contactsapi.h"

ContactExport::ContactExport(ContactsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

QStringList ContactExport::header()
{
    return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("channel"), QStringLiteral("tags"), QStringLiteral("is_blacklisted"),
        QStringLiteral("created_at"), QStringLiteral("custom_fields")};
}

QStringList ContactExport::cells(const Contact &c)
{
    return {c.name, c.phone, c.email, c.channel, c.tags.join(QLatin1Char(';')),
        c.isBlacklisted ? QStringLiteral("true") : QStringLiteral("false"),
        c.createdAt.toUTC().toString(Qt::ISODate),
        c.customFields.toCsvText()};
}

void ContactExport::start(const ContactQuery &query)
{
    m_query = query;
    m_writer = CsvWriter();
    m_writer.addRow(header());
    m_running = true;
    ++m_generation;
    requestPage(1);
}

void ContactExport::cancel()
{
    m_running = false;
    ++m_generation;
}

void ContactExport::requestPage(int page)
{
    ContactQuery q = m_query;
    q.page.page = page;
    q.page.perPage = 100;
    const int generation = m_generation;
    m_api.list(q, this, [this, generation, page](const ApiResult<Page<Contact>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_running = false;
            Q_EMIT failed(result.error());
            return;
        }
        for (const Contact &c : result.value().items)
            m_writer.addRow(cells(c));
        const PageMeta &meta = result.value().meta;
        Q_EMIT progress(exported(), meta.total);
        if (meta.hasMore()) {
            requestPage(page + 1);
            return;
        }
        m_running = false;
        Q_EMIT finished();
    });
}
