// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "contactdraft.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

class ContactsApi;
class PhoneNormalizer;
class RateBudget;

// A CSV import: the file's rows mapped to contact fields, every row checked before
// anything is sent, then created one by one (the API layer's RateLimiter paces them to the
// 120-a-minute budget). Every row keeps its outcome. A 422 fails that row only; a network
// or server failure stops the run, and start() again resumes with the rows not yet done.
// The key's budget is shared with colleagues (issue 14): with a RateBudget, a row is sent
// only while the shared remainder stays at or above the kept share; below it the import
// waits for the window to refill, and says so (waiting()). It waits only before a send, so
// no row is ever sent twice.
class ContactImport : public QObject
{
    Q_OBJECT

public:
    // CustomFields: a column holding a JSON object, as ContactExport writes it.
    enum class Field { Name, Phone, Email, Channel, Tags, CustomFields, FieldCount };
    enum class Status { Pending, Invalid, Created, Failed };

    struct Row
    {
        int line = 0;         // 1-based line of the file, for the report
        QStringList cells;    // as read
        ContactDraft draft;
        ContactInput input;   // valid only when the row passed the checks
        Status status = Status::Pending;
        QString reason;       // why Invalid or Failed
        qint64 createdId = 0;
    };

    explicit ContactImport(ContactsApi &api, QObject *parent = nullptr);

    // Which CSV column feeds each field (-1 = none), guessed from header names in English
    // and Arabic ("name", "الاسم", "phone", "mobile", "e-mail" …).
    static QList<int> guessMapping(const QStringList &header);

    // rows[0] is the header when hasHeader; builds and checks every row.
    void prepare(const QList<QStringList> &rows, bool hasHeader, const QList<int> &mapping,
        const PhoneNormalizer &phones);
    const QList<Row> &rows() const { return m_rows; }
    QStringList header() const { return m_header; }

    // The share of the key's requests a large import leaves to colleagues, percent.
    static constexpr int DefaultKeptPercent = 30;
    static constexpr int MaxKeptPercent = 90;
    // The setting contactsPane/importKeptPercent, range-checked: a value that is not a
    // number in [0, MaxKeptPercent] gives the default.
    static int keptPercentFromSetting(const QVariant &value);
    // Without a budget (or 0 %) rows go as fast as the API client lets them.
    void setBudget(const RateBudget *budget, int keptPercent);
    int keptPercent() const { return m_keptPercent; }
    // Requests of the shared budget the import does not spend: keptPercent of the limit.
    int keptRequests() const;
    bool isWaitingForBudget() const { return m_waitTimer.isActive(); }

    void start();  // also resumes after a stop or a cancel
    // Stops at once: the request waiting for its turn (the rate limit can hold it for many
    // seconds) is dropped. Its row is reported, not resent: had it already reached the
    // server, sending it again would make the contact twice.
    void cancel();
    bool isRunning() const { return m_running; }

    int count(Status status) const;
    int remaining() const { return count(Status::Pending); }
    // Seconds the rows still to send will take at this rate budget: nothing goes during a
    // 429 pause, then whatever is left of the budget goes at once, the rest at the limit's pace.
    static int estimateSeconds(int remaining, int budgetLeft, int limitPerMinute, int pausedSeconds = 0);

    // The rows that were not imported, with the file's columns plus a "reason" column.
    QByteArray failureReportCsv() const;

Q_SIGNALS:
    void progress(int done, int total);
    // Holding back for colleagues: about this many seconds before the next try (repeated
    // each second while it waits); 0 when sending again.
    void waiting(int seconds);
    void finished();                  // nothing left to send
    void stopped(const ApiError &error); // halted by a failure; start() resumes
    void cancelled();

private:
    void sendNext();
    bool waitForBudget(); // true when the next row must wait for the shared budget

    ContactsApi &m_api;
    QStringList m_header;
    QList<Row> m_rows;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    QObject *m_inFlight = nullptr; // the context of the request under way; deleting it drops it
    const RateBudget *m_budget = nullptr;
    int m_keptPercent = 0;
    QTimer m_waitTimer;
    bool m_wasWaiting = false; // waiting(0) is due when sending resumes
};
