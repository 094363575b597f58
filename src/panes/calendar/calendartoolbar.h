// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "bookingtype.h"
#include "calendarmode.h"
#include "resource.h"

#include <QDate>
#include <QToolBar>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPrinter;

// The calendar's toolbar and keyboard commands: previous/today/next, the date, the view,
// the type, resource and status filters, "show cancelled", and new, refresh, print, PDF
// and .ics (asking where to). The actions live on shortcutHost (the pane) so their keys work
// wherever the focus is inside it. It only reports choices; setters never emit.
class CalendarToolbar final : public QToolBar
{
    Q_OBJECT

public:
    explicit CalendarToolbar(QWidget *shortcutHost, QWidget *parent = nullptr);

    // The second row (type, resource, status, "show cancelled"): the pane lays it out.
    QToolBar *filterRow() const { return m_filterRow; }

    void setDate(const QDate &date);
    void setMode(CalendarMode mode);
    void setTypes(const QList<BookingType> &types, qint64 current);
    void setResources(const QList<Resource> &resources, std::optional<qint64> current);
    void selectType(qint64 typeId);
    void selectResource(std::optional<qint64> resourceId);
    void selectStatus(const QString &status);
    void setShowCancelled(bool show);

Q_SIGNALS:
    void dateChosen(const QDate &date);
    void modeChosen(CalendarMode mode);
    void typeChosen(qint64 typeId);
    void resourceChosen(std::optional<qint64> resourceId);
    void statusChosen(const QString &status);
    void showCancelledToggled(bool show);
    void stepRequested(int direction);
    void todayRequested();
    void newRequested();
    void refreshRequested();
    // The day sheet, on paper or to PDF. Shared: the pane prints once the whole day is in.
    void printTo(const std::shared_ptr<QPrinter> &printer);
    void exportTo(const QString &path); // the visible range as .ics

private:
    void buildWidgets();
    void buildActions(QWidget *shortcutHost);
    void print();
    void printToPdf();
    void exportIcs();

    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_resourceCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QCheckBox *m_cancelledCheck = nullptr;
    QToolBar *m_filterRow = nullptr;
};
