// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paletteentry.h"

#include <QDialog>

class PaletteModel;
class QLabel;
class QLineEdit;
class QListView;

// Ctrl+K: one line to type in and the matching rows under it. Keyboard only: typing
// filters, Up/Down (and Page Up/Down) move, Enter chooses, Esc closes. The model does
// the matching; whoever opened the dialog carries out the choice.
class CommandPaletteDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPaletteDialog(PaletteModel &model, QWidget *parent = nullptr);

    // While the server is being asked, a line says so (its rows may still come).
    void setSearching(bool searching);
    QLineEdit *edit() const { return m_edit; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void queryChanged(const QString &text);
    void entryChosen(const PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void choose(int row);
    void moveCurrent(int delta);
    void updateStatus();

    PaletteModel &m_model;
    QLineEdit *m_edit;
    QListView *m_list;
    QLabel *m_status;
    bool m_searching = false;
};
