// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimport.h"

#include "apierrortext.h"
#include "contactsapi.h"
#include "csvwriter.h"
#include "phonenormalizer.h"
#include "ratebudget.h"

#include <QCoreApplication>

namespace {

bool headerMatches(const QString &cell, std::initializer_list<const char16_t *> names)
{
    QString h = cell.trimmed().toLower();
    h.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    for (const char16_t *name : names) {
        if (h == QString::fromUtf16(name))
            return true;
    }
    return false;
}

} // namespace

ContactImport::ContactImport(ContactsApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    // Looks again every second: the remainder grows as requests leave the key's minute,
    // and the dialog counts the wait down.
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &ContactImport::sendNext);
}

int ContactImport::keptPercentFromSetting(const QVariant &value)
{
    bool ok = false;
    const int percent = value.toInt(&ok);
    if (!value.isValid() || !ok || percent < 0 || percent > MaxKeptPercent)
        return DefaultKeptPercent;
    return percent;
}

void ContactImport::setBudget(const RateBudget *budget, int keptPercent)
{
    m_budget = budget;
    m_keptPercent = qBound(0, keptPercent, int(MaxKeptPercent));
}

int ContactImport::keptRequests() const
{
    if (!m_budget || m_keptPercent <= 0)
        return 0;
    return (m_budget->limit() * m_keptPercent + 99) / 100;
}

bool ContactImport::waitForBudget()
{
    // The next row takes one request: it may go when the remainder stays at the kept
    // share afterwards, so colleagues on the key always find that share left.
    const int kept = keptRequests();
    if (kept <= 0 || m_budget->remaining() - 1 >= kept) {
        if (m_waitTimer.isActive() || m_wasWaiting) {
            m_wasWaiting = false;
            Q_EMIT waiting(0);
        }
        return false;
    }
    m_wasWaiting = true;
    m_waitTimer.start();
    Q_EMIT waiting(qMax(1, m_budget->secondsToReset()));
    return true;
}

QList<int> ContactImport::guessMapping(const QStringList &header)
{
    QList<int> mapping(int(Field::FieldCount), -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        int field = -1;
        if (headerMatches(h, {u"name", u"fullname", u"contact", u"الاسم", u"اسم"}))
            field = int(Field::Name);
        else if (headerMatches(h, {u"phone", u"mobile", u"phonenumber", u"tel", u"telephone", u"الهاتف", u"الجوال", u"رقمالهاتف"}))
            field = int(Field::Phone);
        else if (headerMatches(h, {u"email", u"mail", u"emailaddress", u"البريدالإلكتروني", u"البريد"}))
            field = int(Field::Email);
        else if (headerMatches(h, {u"channel", u"القناة"}))
            field = int(Field::Channel);
        else if (headerMatches(h, {u"tags", u"tag", u"labels", u"الوسوم"}))
            field = int(Field::Tags);
        else if (headerMatches(h, {u"customfields"}))
            field = int(Field::CustomFields);
        if (field >= 0 && mapping[field] < 0)
            mapping[field] = i;
    }
    return mapping;
}

void ContactImport::prepare(const QList<QStringList> &rows, bool hasHeader, const QList<int> &mapping,
    const PhoneNormalizer &phones)
{
    m_rows.clear();
    m_next = 0;
    m_header = hasHeader && !rows.isEmpty() ? rows.first() : QStringList();
    const auto cell = [&mapping](const QStringList &cells, Field f) {
        const int column = mapping.value(int(f), -1);
        return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
    };
    for (int i = hasHeader ? 1 : 0; i < rows.size(); ++i) {
        Row row;
        row.line = i + 1;
        row.cells = rows.at(i);
        row.draft.name = cell(row.cells, Field::Name);
        row.draft.phone = cell(row.cells, Field::Phone);
        row.draft.email = cell(row.cells, Field::Email);
        row.draft.channel = cell(row.cells, Field::Channel);
        row.draft.tags = cell(row.cells, Field::Tags);
        const QString custom = cell(row.cells, Field::CustomFields);
        const std::optional<CustomFields> customFields = CustomFields::fromCsvText(custom);
        row.draft.customFields = customFields.value_or(CustomFields());
        ContactDraft::Checked checked = row.draft.validate(phones);
        if (!customFields)
            checked.errors.insert(QStringLiteral("custom_fields"),
                tr("The custom fields are not a JSON object such as {\"vip\": \"yes\"}."));
        if (checked.ok()) {
            row.input = checked.input;
        } else {
            row.status = Status::Invalid;
            QStringList reasons;
            for (auto it = checked.errors.cbegin(); it != checked.errors.cend(); ++it) {
                if (!reasons.contains(it.value()))
                    reasons.append(it.value());
            }
            row.reason = reasons.join(QLatin1Char(' '));
        }
        m_rows.append(row);
    }
}

int ContactImport::count(Status status) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.status == status ? 1 : 0;
    return n;
}

int ContactImport::estimateSeconds(int remaining, int budgetLeft, int limitPerMinute, int pausedSeconds)
{
    if (remaining <= 0)
        return 0;
    const int paced = qMax(0, remaining - qMax(0, budgetLeft));
    const double perRequest = 60.0 / qMax(1, limitPerMinute);
    // The unpaced part still costs a round trip each; a quarter second is a fair guess.
    return qMax(0, pausedSeconds) + int(paced * perRequest + (remaining - paced) * 0.25 + 0.999);
}

void ContactImport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_next = 0;
    sendNext();
}

void ContactImport::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_waitTimer.isActive()) {
        // Nothing is on the wire while it waits: stop at once.
        m_waitTimer.stop();
        m_wasWaiting = false;
        m_running = false;
        Q_EMIT waiting(0);
        Q_EMIT cancelled();
        return;
    }
    if (!m_inFlight)
        return; // between two rows: sendNext() stops
    const int total = int(m_rows.size());
    Row &row = m_rows[m_next];
    row.status = Status::Failed;
    row.reason = QCoreApplication::translate("ContactImport",
        "Cancelled while it was being sent: it may have been created. Check Contacts before importing it again.");
    delete m_inFlight; // the API client drops the request, or aborts it on the wire
    m_inFlight = nullptr;
    m_running = false;
    Q_EMIT progress(total - remaining(), total);
    Q_EMIT cancelled();
}

void ContactImport::sendNext()
{
    const int total = int(m_rows.size());
    if (m_cancelRequested) {
        m_running = false;
        Q_EMIT cancelled();
        return;
    }
    while (m_next < total && m_rows.at(m_next).status != Status::Pending)
        ++m_next;
    if (m_next >= total) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (waitForBudget())
        return;
    const int index = m_next;
    auto *context = new QObject(this);
    m_inFlight = context;
    m_api.create(m_rows.at(index).input, context, [this, context, index, total](const ApiResult<Contact> &result) {
        m_inFlight = nullptr;
        context->deleteLater();
        Row &row = m_rows[index];
        if (result) {
            row.status = Status::Created;
            row.createdId = result.value().id;
            row.reason.clear();
        } else if (result.error().kind == ApiError::Kind::Validation) {
            row.status = Status::Failed;
            row.reason = oneLineMessage(result.error());
        } else {
            // The row may still succeed: it stays pending so a resume sends it again.
            row.reason = userMessage(result.error());
            m_running = false;
            Q_EMIT progress(total - remaining(), total);
            Q_EMIT stopped(result.error());
            return;
        }
        ++m_next;
        Q_EMIT progress(total - remaining(), total);
        sendNext();
    });
}

QByteArray ContactImport::failureReportCsv() const
{
    CsvWriter writer;
    QStringList header = m_header;
    int width = int(header.size());
    for (const Row &r : m_rows)
        width = qMax(width, int(r.cells.size()));
    while (header.size() < width)
        header.append(QCoreApplication::translate("ContactImport", "column %1").arg(header.size() + 1));
    header.prepend(QCoreApplication::translate("ContactImport", "line"));
    header.append(QCoreApplication::translate("ContactImport", "reason"));
    writer.addRow(header);
    for (const Row &r : m_rows) {
        if (r.status != Status::Invalid && r.status != Status::Failed)
            continue;
        QStringList cells = r.cells;
        while (cells.size() < width)
            cells.append(QString());
        cells.prepend(QString::number(r.line));
        cells.append(r.reason);
        writer.addRow(cells);
    }
    return writer.data();
}
