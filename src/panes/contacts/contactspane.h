// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "apierror.h"
#include "contact.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class ContactDetails;
class ContactsApi;
class ContactsModel;
class PaneNavigator;
class PhoneNormalizer;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class RateBudget;

// The contact directory: server-side search (debounced) and filters, paging as the table
// scrolls, the total, and the selected contact's details beside it (edit, delete,
// blacklist, notes, open conversation, book). Import and export run in their own dialogs.
class ContactsPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    ContactsPane(ContactsApi &api, PaneNavigator &navigator, QSettings &settings,
        const QString &phoneRegion = {}, QWidget *parent = nullptr);
    ~ContactsPane() override;

    // Cross-pane entry point: shows this contact's details (loaded from the server).
    void showContact(int contactId);
    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    void newContact();
    void editContact();
    void deleteContact();   // asks first, naming the contact
    void toggleBlacklist();
    void importCsv();
    void exportCsv();                          // asks where, then exportCsvTo()
    void exportCsvTo(const QString &path);     // with a progress dialog, "exportProgress"
    // The phone region follows the account once it is known.
    void setPhoneRegion(const QString &region);
    // The API client's limiter, read-only: the import's time estimate reads its live budget.
    void setRateLimiter(const RateBudget *limiter);

    ContactsModel *model() const { return m_model; }
    ContactDetails *details() const { return m_details; }
    QTableView *table() const { return m_table; }
    qint64 currentContactId() const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void contactShown(qint64 id);

private:
    void applyFilters();
    void headerSorted(int column, Qt::SortOrder order);
    void showSortIndicator();
    void restoreState();
    void saveState();
    void saveLayout();
    void applyDefaultColumnWidths();
    void showError(const ApiError &error);
    void selectionChanged();
    void contactChanged(const Contact &contact);

    ContactsApi &m_api;
    PaneNavigator &m_navigator;
    QSettings &m_settings;
    std::unique_ptr<PhoneNormalizer> m_phones;
    ContactsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_channel;
    QLineEdit *m_tag;
    QComboBox *m_blacklist;
    QComboBox *m_sort;
    QLabel *m_total;
    QLabel *m_error;
    QPushButton *m_retry;
    QTableView *m_table;
    QSplitter *m_splitter;
    ContactDetails *m_details;
    QTimer *m_debounce;
    // The selected contact (and its notes) load once the selection has been still for a
    // moment: moving through 300 rows costs the list pages, not 300 contacts and notes.
    QTimer *m_selectionDelay = nullptr;
    QPointer<const RateBudget> m_limiter;
};
