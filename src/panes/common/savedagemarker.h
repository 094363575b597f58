// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

// "Saved 14:02" by a pane's main list while its rows are what the offline cache kept
// (issue 14: the cached data shows at once, marked with its age); the tooltip gives the
// full date. Hidden while the rows are the server's (an invalid time). It follows a
// model's savedAtChanged(QDateTime) signal: connect it to setSavedAt().
class SavedAgeMarker final : public QLabel
{
    Q_OBJECT

public:
    explicit SavedAgeMarker(QWidget *parent = nullptr);

    // A marker that follows `model` (any paged model: savedAt() and savedAtChanged()).
    template<typename Model> static SavedAgeMarker *following(Model *model, QWidget *parent)
    {
        auto *marker = new SavedAgeMarker(parent);
        marker->setSavedAt(model->savedAt());
        connect(model, &Model::savedAtChanged, marker, &SavedAgeMarker::setSavedAt);
        return marker;
    }

    // UTC; invalid hides the marker.
    void setSavedAt(const QDateTime &savedAt);
    QDateTime savedAt() const { return m_savedAt; }

    // The marker's text for `savedAt` seen at `now`: the time alone on the same day.
    static QString textFor(const QDateTime &savedAt, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void alignToLeadingSide();

    QDateTime m_savedAt;
};
