// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalettedialog.h"

#include "paletteitemdelegate.h"
#include "palettemodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

CommandPaletteDialog::CommandPaletteDialog(PaletteModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Go to or run"));
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setPlaceholderText(tr("A name, a date, a section or a command"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new PaletteItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The focus stays in the line: Up/Down reach the list through the event filter.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setTextFormat(Qt::PlainText);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model.setQuery(text);
        Q_EMIT queryChanged(text);
    });
    // Whatever changed the rows (typing, the server's answer), the best one is current.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model.rowCount() > 0)
            m_list->setCurrentIndex(m_model.index(0, 0));
        updateStatus();
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { choose(index.row()); });
    resize(560, 420);
    updateStatus();
}

void CommandPaletteDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (QWidget *owner = parentWidget()) {
        // Near the top of the window, centred: where the eye already is.
        const QRect area = owner->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 8);
    }
    if (m_model.rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model.index(0, 0));
    m_edit->setFocus();
}

void CommandPaletteDialog::setSearching(bool searching)
{
    m_searching = searching;
    updateStatus();
}

void CommandPaletteDialog::updateStatus()
{
    if (m_model.rowCount() == 0 && !m_edit->text().trimmed().isEmpty())
        m_status->setText(m_searching ? tr("Searching contacts and conversations…") : tr("Nothing matches."));
    else if (m_searching)
        m_status->setText(tr("Searching contacts and conversations…"));
    else
        m_status->setText(tr("Up and Down choose, Enter opens, Esc closes."));
}

void CommandPaletteDialog::moveCurrent(int delta)
{
    const int rows = m_model.rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int row = std::clamp(current + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model.index(row, 0));
}

void CommandPaletteDialog::choose(int row)
{
    const PaletteEntry entry = m_model.entry(row);
    if (!entry.isValid())
        return;
    accept();
    Q_EMIT entryChosen(entry);
}

bool CommandPaletteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int page = std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
