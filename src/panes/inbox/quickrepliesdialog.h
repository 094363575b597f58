// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;
class QuickRepliesStore;

// Adds and removes the agent's canned replies (removal asks first, naming the reply).
class QuickRepliesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuickRepliesDialog(QuickRepliesStore &store, QWidget *parent = nullptr);

private:
    void fill();
    void add();
    void removeCurrent();

    QuickRepliesStore &m_store;
    QListWidget *m_list;
    QLineEdit *m_edit;
    QPushButton *m_remove;
};
