// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedagemarker.h"

#include <QEvent>
#include <QLocale>

SavedAgeMarker::SavedAgeMarker(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("savedAgeMarker"));
    setTextFormat(Qt::PlainText);
    // Quieter than the list it labels: a note, not a warning (the window banner says why).
    setForegroundRole(QPalette::PlaceholderText);
    alignToLeadingSide();
    hide();
}

void SavedAgeMarker::alignToLeadingSide()
{
    // A label lays plain text out by the text's own direction: pinned to the pane's leading
    // side, or an untranslated or digit-first text would sit on the left of an Arabic pane.
    setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
}

void SavedAgeMarker::setSavedAt(const QDateTime &savedAt)
{
    m_savedAt = savedAt;
    updateText();
    setVisible(savedAt.isValid());
}

QString SavedAgeMarker::textFor(const QDateTime &savedAt, const QDateTime &now)
{
    const QDateTime local = savedAt.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const QString when = local.date() == now.toLocalTime().date()
        ? time
        : locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
    // Isolated (FSI … PDI): a date with digits and slashes keeps its order in Arabic text.
    return tr("Saved %1", "a list's rows come from the offline cache, saved at this time")
        .arg(QChar(0x2068) + when + QChar(0x2069));
}

void SavedAgeMarker::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateText();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignToLeadingSide();
}

void SavedAgeMarker::updateText()
{
    if (!m_savedAt.isValid()) {
        clear();
        setToolTip({});
        return;
    }
    setText(textFor(m_savedAt, QDateTime::currentDateTimeUtc()));
    const QString full = QLocale().toString(m_savedAt.toLocalTime(), QLocale::LongFormat);
    setToolTip(tr("Shown from what was saved on %1; it refreshes when the server answers.")
                   .arg(QChar(0x2068) + full + QChar(0x2069)));
}
