// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

#include <functional>
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
    struct Command
    {
        QString text;
        QList<QKeySequence> keys;
        QString toolTip;
        // What the command palette needs to run it, read from the same live object.
        std::function<void()> trigger = {};
        bool enabled = true; // usable right now (enabled, not hidden)
        QString name = {}; // the object's name, stable across languages ("" when unnamed)
    };
    struct Group
    {
        QString title;
        QList<Command> commands;
        QString paneId = {}; // "" for the whole window
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // "&Save…" → "Save": how a command reads outside its menu.
    static QString plainText(const QString &actionText);
    static Command fromAction(const QAction *action);
    // Every keyed command inside `root`: actions, buttons with a key of their own (not just
    // the Alt+letter of their label) and QShortcuts that say what they do in whatsThis.
    static QList<Command> commandsIn(const QWidget *root);

private:
    void applyFilter(const QString &text);

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
