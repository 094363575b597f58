// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "apierror.h"

#include <QWidget>

class LostCreateCheck;
class MessageBar;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class TeamApi;
class TeamMemberDialog;
class TeamModel;

// Team members: list, add, edit (role explained in one line each), activate and
// deactivate, delete with confirmation. The server's refusals (duplicate e-mail, the last
// admin) appear at the field they concern.
class TeamPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    TeamPane(TeamApi &api, QSettings &settings, QWidget *parent = nullptr);
    ~TeamPane() override;

    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    TeamModel *model() const { return m_model; }
    void selectMember(qint64 id);

    void newMember();
    void editMember();
    void toggleActive();
    void deleteMember();

protected:
    // The first time the pane is shown it loads: panes the user never opens cost nothing.
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);
    void requestSucceeded();

private:
    bool m_started = false;
    // `check` is null for an edit: only a create's lost answer is looked for.
    void submit(TeamMemberDialog *dialog, LostCreateCheck *check);
    // A create whose outcome is unknown: look for the member before offering Save again.
    LostCreateCheck *lostCreateCheck(TeamMemberDialog *dialog);
    void updateButtons();
    void showMessage(const QString &text, bool error);

    TeamApi &m_api;
    QSettings &m_settings;
    TeamModel *m_model;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLabel *m_message;
    MessageBar *m_errorBar = nullptr;
};
