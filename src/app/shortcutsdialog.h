// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}
class QAction;

// Help → Keyboard shortcuts: every command that has a key, grouped by where it works (the
// window, then each section), read from the live actions so the list can never drift
// from what the keys really do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // "&Save…" → "Save": how a command reads outside its menu.
    static QString plainText(const QString &actionText);

private:
    void applyFilter(const QString &text);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
