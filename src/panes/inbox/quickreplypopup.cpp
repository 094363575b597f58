// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickreplypopup.h"

#include "quickrepliesstore.h"
#include "quickreplylist.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
constexpr int kVisibleRows = 6;
} // namespace

QuickReplyPopup::QuickReplyPopup(QuickRepliesStore &replies, QPlainTextEdit *editor)
    : QFrame(editor->window())
    , m_replies(replies)
    , m_editor(editor)
    , m_list(new QuickReplyList(this))
    , m_empty(new QLabel(tr("No quick reply matches"), this))
{
    setObjectName(QStringLiteral("quickReplyPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_list->setObjectName(QStringLiteral("quickReplyList"));
    m_list->setFocusPolicy(Qt::NoFocus); // the typing stays in the reply box
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_empty->setObjectName(QStringLiteral("quickReplyEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    // A click, or Press through the accessibility tree.
    connect(m_list, &QuickReplyList::replyPressed, this, &QuickReplyPopup::chosen);
    hide();
}

void QuickReplyPopup::showFor(const QString &filter)
{
    // The composer may have moved into another window (the main window takes the panes
    // after they are built): the list belongs to the one the reply box is in now.
    if (parentWidget() != m_editor->window())
        setParent(m_editor->window());
    const QStringList matching = m_replies.matching(filter);
    const QString current = currentReply();
    m_list->clear();
    for (const QString &reply : matching) {
        // One line per reply in the list; the whole text in the tooltip and when chosen.
        // Isolated, so an English reply keeps its punctuation in place in the Arabic layout.
        auto *item = new QListWidgetItem(QChar(0x2068) + QString(reply).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                         + QChar(0x2069));
        item->setData(Qt::UserRole, reply);
        item->setToolTip(reply);
        m_list->addItem(item);
    }
    const int keep = matching.indexOf(current);
    m_list->setCurrentRow(keep >= 0 ? keep : 0);
    m_list->setVisible(!matching.isEmpty());
    m_empty->setVisible(matching.isEmpty());
    place();
    show();
    raise();
}

void QuickReplyPopup::place()
{
    QWidget *window = parentWidget();
    const int rows = qBound(1, m_list->count(), kVisibleRows);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int height = (m_list->count() > 0 ? rows * rowHeight + 2 * m_list->frameWidth()
                                            : m_empty->sizeHint().height())
        + 2 * frameWidth() + 4;
    // Above the reply box, as wide as it: what is being typed stays in sight.
    const QPoint topLeft = m_editor->mapTo(window, QPoint(0, 0));
    const int top = qMax(0, topLeft.y() - height);
    setGeometry(topLeft.x(), top, m_editor->width(), qMin(height, topLeft.y() - top));
}

bool QuickReplyPopup::handleKey(int key)
{
    if (isHidden())
        return false;
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int count = m_list->count();
        if (count > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow((m_list->currentRow() + step + count) % count);
        }
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        if (currentReply().isEmpty())
            return key != Qt::Key_Tab; // Enter with nothing to choose does not send "/xyz"
        Q_EMIT chosen(currentReply());
        return true;
    case Qt::Key_Escape:
        hide();
        Q_EMIT dismissed();
        return true;
    default:
        return false;
    }
}

QString QuickReplyPopup::currentReply() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && m_list->isVisibleTo(this) ? item->data(Qt::UserRole).toString() : QString();
}
