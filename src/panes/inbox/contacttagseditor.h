// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "contactinput.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Tags and custom fields of the open contact, edited in the inbox's side panel without
// leaving the conversation: a tags line (commas, semicolons or the Arabic comma) and a
// name/value table. Save asks the panel to send them; what was typed stays until the
// server agrees, and a refusal shows under the fields.
class ContactTagsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactTagsEditor(QWidget *parent = nullptr);

    void edit(const Contact &contact);
    ContactInput input() const; // tags and custom fields only
    void setBusy(bool busy);
    void showError(const QString &text);
    QLineEdit *tagsEdit() const { return m_tags; }
    QTableWidget *fieldsTable() const { return m_fields; }

Q_SIGNALS:
    void saveRequested();
    void cancelled();

private:
    void addFieldRow();
    void removeFieldRow();

    QLineEdit *m_tags;
    QTableWidget *m_fields;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QLabel *m_error;
    CustomFields m_shownFields; // as edit() showed them: what the user left alone keeps its kind
};
