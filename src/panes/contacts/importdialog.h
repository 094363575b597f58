// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

class ContactImport;
class ContactsApi;
class PhoneNormalizer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class RateBudget;

// CSV import, step by step: choose the file, map its columns (guessed from the header)
// with a preview, check every row, then send with a progress bar, Cancel, and a time
// estimate that counts the 120-a-minute budget; the end report offers the failed rows as
// CSV. A stop on a failure keeps every outcome and offers Resume.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(ContactsApi &api, const PhoneNormalizer &phones, QWidget *parent = nullptr);

    bool loadFile(const QString &path); // false (and a message) when unreadable
    void loadData(const QByteArray &csv);
    void startImport();
    ContactImport *job() const { return m_job; }
    QString reportText() const;
    // The estimate follows the API client's limiter, seen read-only as a RateBudget: its
    // budget, limit (narrowed by the server's X-RateLimit headers) and any 429 pause, live. Without one it assumes the budget is
    // spent at 120 a minute, so the estimate is never too low.
    void setRateLimiter(const RateBudget *limiter);
    // The share of the key's requests left to colleagues (contactsPane/importKeptPercent):
    // below it the import waits, and the dialog says so in plain words.
    void setKeptPercent(int percent);

Q_SIGNALS:
    void imported(); // at least one contact was created

private:
    void chooseFile();
    void refreshPreview();
    void updateProgress(int done, int total);
    void updateEstimate();
    void showWaiting(int seconds);
    void showReport(const QString &headline);
    void saveFailures();

    ContactsApi &m_api;
    const PhoneNormalizer &m_phones;
    ContactImport *m_job;
    QList<QStringList> m_rows;
    QLineEdit *m_path;
    QCheckBox *m_hasHeader;
    QList<QComboBox *> m_mapping;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_estimate;
    QLabel *m_report;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_saveFailures;
    QPointer<const RateBudget> m_limiter;
    int m_keptPercent = 0;
    int m_waitSeconds = 0; // > 0 while the import waits for the shared budget
};
