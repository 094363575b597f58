// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QPointer>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    m_ui->emptyLabel->hide();
    QTreeWidget *tree = m_ui->shortcutTree;
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);

    for (const Group &group : groups) {
        QList<QTreeWidgetItem *> rows;
        QSet<QString> seen; // one pane may hold the same command twice (menu + button)
        for (const Command &entry : group.commands) {
            if (entry.keys.isEmpty() || entry.text.isEmpty())
                continue;
            QStringList keyTexts;
            for (const QKeySequence &key : entry.keys)
                keyTexts.append(key.toString(QKeySequence::NativeText));
            const QString command = plainText(entry.text);
            const QString keyText = keyTexts.join(tr(" or "));
            if (seen.contains(command + keyText))
                continue;
            seen.insert(command + keyText);
            // Key names read left to right also in Arabic ("Alt+<Down>", not "<Down>+Alt"):
            // a left-to-right embedding, which Qt 6.4's text layout honours in item views.
            const QString isolated = QChar(0x202A) + keyText + QChar(0x202C);
            auto *row = new QTreeWidgetItem({command, isolated});
            row->setToolTip(0, entry.toolTip);
            rows.append(row);
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(tree, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        heading->addChildren(rows);
    }
    tree->expandAll();
    tree->setItemsExpandable(false);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    // Arabic labels carry their key as "(&X)" after the words; outside a menu it is noise.
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    text.remove(trailingMnemonic);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

ShortcutsDialog::Command ShortcutsDialog::fromAction(const QAction *action)
{
    return {action->text(), action->shortcuts(), action->toolTip(),
            [guard = QPointer<QAction>(const_cast<QAction *>(action))] {
                if (guard && guard->isEnabled())
                    guard->trigger();
            },
            action->isEnabled() && action->isVisible(), action->objectName()};
}

QList<ShortcutsDialog::Command> ShortcutsDialog::commandsIn(const QWidget *root)
{
    QList<Command> commands;
    const auto actions = root->findChildren<QAction *>();
    for (const QAction *action : actions)
        commands.append(fromAction(action));
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        const QKeySequence key = button->shortcut();
        if (!key.isEmpty() && key != QKeySequence::mnemonic(button->text()))
            commands.append({button->text(), {key}, button->toolTip(),
                             [guard = QPointer<QAbstractButton>(const_cast<QAbstractButton *>(button))] {
                                 if (guard && guard->isEnabled())
                                     guard->click();
                             },
                             // A hidden button (Retry without an error) has nothing to do now.
                             button->isEnabled() && button->isVisibleTo(root), button->objectName()});
    }
    const auto shortcuts = root->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        commands.append({shortcut->whatsThis(), shortcut->keys(), {},
                         [guard = QPointer<QShortcut>(const_cast<QShortcut *>(shortcut))] {
                             // What pressing its key does; QShortcut has no trigger() of its own.
                             if (guard && guard->isEnabled())
                                 Q_EMIT guard->activated();
                         },
                         shortcut->isEnabled(), shortcut->objectName()});
    return commands;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    int shown = 0;
    QTreeWidget *tree = m_ui->shortcutTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        int groupShown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool match = needle.isEmpty() || row->text(0).contains(needle, Qt::CaseInsensitive)
                || row->text(1).contains(needle, Qt::CaseInsensitive)
                || group->text(0).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            groupShown += match ? 1 : 0;
        }
        group->setHidden(groupShown == 0);
        shown += groupShown;
    }
    m_ui->emptyLabel->setVisible(shown == 0);
}
