// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "contact.h"

#include <QWidget>

#include <memory>

class ContactTagsEditor;
class ContactsApi;
class PaneNavigator;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
namespace Ui {
class ContactPanel;
}

// The side panel of the inbox: who the customer is (details; tags and custom fields, which
// can be edited in place), the team's notes with a field to add one, the blacklist toggle (confirmed first) and
// "Book appointment", which hands the contact to the calendar.
class ContactPanel final : public QWidget
{
    Q_OBJECT

public:
    ContactPanel(ContactsApi &api, PaneNavigator &navigator, QWidget *parent = nullptr);
    ~ContactPanel() override;

    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    bool isLoaded() const { return m_loaded; }
    const Contact &contact() const { return m_contact; }
    // Asks first; the confirmation names the contact.
    void toggleBlacklist();
    void addNote();
    // Tags and custom fields: the editor opens in the panel; saving sends them (PUT).
    void editTags();
    void saveTags();
    ContactTagsEditor *tagsEditor() const { return m_tagsEditor; }

Q_SIGNALS:
    void contactLoaded(const Contact &contact);
    void contactSaved(const Contact &contact);
    void blacklistChanged(qint64 contactId, bool blacklisted);
    void noteAdded();
    void failed(const ApiError &error);

private:
    void showContact(const Contact &c);
    void showDetails(const Contact &c);
    void loadNotes();
    void showError(const QString &text);

    ContactsApi &m_api;
    PaneNavigator &m_navigator;
    qint64 m_contactId = 0;
    Contact m_contact;
    bool m_loaded = false;
    bool m_busy = false;
    int m_generation = 0;
    std::unique_ptr<Ui::ContactPanel> m_ui;
    QLabel *m_name;
    QLabel *m_tags;
    QLabel *m_fields;
    QLabel *m_error;
    QListWidget *m_notes;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    QPushButton *m_blacklist;
    QPushButton *m_book;
    QPushButton *m_editTags;
    ContactTagsEditor *m_tagsEditor;
};
