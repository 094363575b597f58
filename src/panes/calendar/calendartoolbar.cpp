// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendartoolbar.h"

#include "bookingsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

CalendarToolbar::CalendarToolbar(QWidget *shortcutHost, QWidget *parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("calendarToolbar"));
    buildWidgets();
    buildActions(shortcutHost);
}

void CalendarToolbar::buildWidgets()
{
    m_dateEdit = new QDateEdit;
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setAccessibleName(tr("Date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setToolTip(tr("Go to a date"));
    m_modeCombo = new QComboBox;
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeCombo->addItem(tr("Day"), int(CalendarMode::Day));
    m_modeCombo->addItem(tr("Week"), int(CalendarMode::Week));
    m_modeCombo->addItem(tr("List"), int(CalendarMode::List));
    m_modeCombo->setToolTip(tr("Day (Ctrl+1), week (Ctrl+2) or list (Ctrl+3)"));
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("typeFilter"));
    m_typeCombo->setToolTip(tr("Show one booking type and its free slots"));
    m_resourceCombo = new QComboBox;
    m_resourceCombo->setObjectName(QStringLiteral("resourceFilter"));
    m_resourceCombo->setToolTip(tr("Show one resource"));
    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const char *s : { "pending", "confirmed", "completed", "cancelled" })
        m_statusCombo->addItem(BookingsModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_cancelledCheck = new QCheckBox(tr("Show ca&ncelled"));
    m_cancelledCheck->setObjectName(QStringLiteral("showCancelled"));
    for (QComboBox *combo : { m_modeCombo, m_typeCombo, m_resourceCombo, m_statusCombo })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(m_dateEdit);
    addWidget(m_modeCombo);
    // The filters get a row of their own: on one row with the commands, a 1000-pixel
    // window squeezed the combo boxes until their text was cut off.
    m_filterRow = new QToolBar;
    m_filterRow->setObjectName(QStringLiteral("calendarFilters"));
    m_filterRow->addWidget(m_typeCombo);
    m_filterRow->addWidget(m_resourceCombo);
    m_filterRow->addWidget(m_statusCombo);
    m_filterRow->addWidget(m_cancelledCheck);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CalendarToolbar::dateChosen);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT modeChosen(CalendarMode(m_modeCombo->currentData().toInt())); });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT typeChosen(m_typeCombo->currentData().toLongLong()); });
    connect(m_resourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_resourceCombo->currentData();
        Q_EMIT resourceChosen(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT statusChosen(m_statusCombo->currentData().toString()); });
    connect(m_cancelledCheck, &QCheckBox::toggled, this, &CalendarToolbar::showCancelledToggled);
}

void CalendarToolbar::buildActions(QWidget *shortcutHost)
{
    const auto add = [this, shortcutHost](const QString &text, const QKeySequence &key,
                         const char *name, auto slot) {
        auto *action = new QAction(text, shortcutHost);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        shortcutHost->addAction(action);
        return action;
    };
    QAction *prev = add(tr("Previous"), QKeySequence(Qt::ALT | Qt::Key_Left), "previousAction",
        [this] { Q_EMIT stepRequested(-1); });
    QAction *today = add(
        tr("Today"), QKeySequence(Qt::Key_T), "todayAction", [this] { Q_EMIT todayRequested(); });
    QAction *next = add(tr("Next"), QKeySequence(Qt::ALT | Qt::Key_Right), "nextAction",
        [this] { Q_EMIT stepRequested(1); });
    QAction *create = add(
        tr("New booking"), QKeySequence(Qt::Key_N), "newAction", [this] { Q_EMIT newRequested(); });
    QAction *reload = add(tr("Refresh"), QKeySequence(Qt::Key_F5), "refreshAction",
        [this] { Q_EMIT refreshRequested(); });
    QAction *printAction
        = add(tr("Print day sheet…"), QKeySequence::Print, "printAction", [this] { print(); });
    QAction *pdfAction = add(tr("Day sheet as PDF…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "pdfAction", [this] { printToPdf(); });
    QAction *icsAction = add(tr("Export .ics…"), QKeySequence(Qt::CTRL | Qt::Key_E), "exportAction",
        [this] { exportIcs(); });
    add(tr("Day view"), QKeySequence(Qt::CTRL | Qt::Key_1), "dayAction",
        [this] { Q_EMIT modeChosen(CalendarMode::Day); });
    add(tr("Week view"), QKeySequence(Qt::CTRL | Qt::Key_2), "weekAction",
        [this] { Q_EMIT modeChosen(CalendarMode::Week); });
    add(tr("List view"), QKeySequence(Qt::CTRL | Qt::Key_3), "listAction",
        [this] { Q_EMIT modeChosen(CalendarMode::List); });
    QAction *first = actions().value(0); // the date: previous, today, next go before it
    for (QAction *action : { prev, today, next })
        insertAction(first, action);
    addSeparator();
    for (QAction *action : { create, reload, printAction, pdfAction, icsAction })
        addAction(action);
}

void CalendarToolbar::print()
{
    auto printer = std::make_shared<QPrinter>();
    QPrintDialog dialog(printer.get(), parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT printTo(printer);
}

void CalendarToolbar::printToPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        parentWidget(), tr("Save day sheet"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    Q_EMIT printTo(printer);
}

void CalendarToolbar::exportIcs()
{
    const QString path = QFileDialog::getSaveFileName(
        parentWidget(), tr("Export bookings"), QString(), tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        Q_EMIT exportTo(path);
}

void CalendarToolbar::setDate(const QDate &date)
{
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDate(date);
}

void CalendarToolbar::setMode(CalendarMode mode)
{
    const QSignalBlocker block(m_modeCombo);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

void CalendarToolbar::setTypes(const QList<BookingType> &types, qint64 current)
{
    const QSignalBlocker block(m_typeCombo);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All types (no free slots)"), qint64(0));
    for (const BookingType &t : types)
        m_typeCombo->addItem(t.name, t.id);
    selectType(current);
}

void CalendarToolbar::setResources(const QList<Resource> &resources, std::optional<qint64> current)
{
    const QSignalBlocker block(m_resourceCombo);
    m_resourceCombo->clear();
    m_resourceCombo->addItem(tr("All resources"), QVariant());
    for (const Resource &r : resources) {
        if (r.isActive)
            m_resourceCombo->addItem(r.name, r.id);
    }
    selectResource(current);
}

void CalendarToolbar::selectType(qint64 typeId)
{
    const QSignalBlocker block(m_typeCombo);
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(typeId)));
}

void CalendarToolbar::selectResource(std::optional<qint64> resourceId)
{
    const QSignalBlocker block(m_resourceCombo);
    m_resourceCombo->setCurrentIndex(
        resourceId ? qMax(0, m_resourceCombo->findData(*resourceId)) : 0);
}

void CalendarToolbar::selectStatus(const QString &status)
{
    const QSignalBlocker block(m_statusCombo);
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(status)));
}

void CalendarToolbar::setShowCancelled(bool show)
{
    const QSignalBlocker block(m_cancelledCheck);
    m_cancelledCheck->setChecked(show);
}
