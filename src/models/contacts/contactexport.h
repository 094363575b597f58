// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "contact.h"
#include "contactquery.h"
#include "csvwriter.h"

#include <QObject>

class ContactsApi;

// Every contact matching a filter, paged through (100 a request) into CSV with the
// columns ContactImport recognises, so an export imports back unchanged.
class ContactExport : public QObject
{
    Q_OBJECT

public:
    explicit ContactExport(ContactsApi &api, QObject *parent = nullptr);

    static QStringList header();
    static QStringList cells(const Contact &contact);

    void start(const ContactQuery &query);
    void cancel();
    bool isRunning() const { return m_running; }
    QByteArray data() const { return m_writer.data(); }
    int exported() const { return m_writer.rowCount() - 1; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void failed(const ApiError &error);

private:
    void requestPage(int page);

    ContactsApi &m_api;
    ContactQuery m_query;
    CsvWriter m_writer;
    int m_generation = 0;
    bool m_running = false;
};
