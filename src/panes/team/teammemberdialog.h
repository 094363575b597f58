// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teammember.h"
#include "teammemberinput.h"

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class TeamMemberDialog;
}
class QPushButton;

// Add or edit a team member. Save keeps the dialog open until the server accepts, so a
// duplicate e-mail or the last-admin rule shows at its field with the typed values intact.
class TeamMemberDialog final : public QDialog
{
    Q_OBJECT

public:
    // existing.id == 0: create.
    explicit TeamMemberDialog(const TeamMember &existing, QWidget *parent = nullptr);
    ~TeamMemberDialog() override;

    qint64 memberId() const { return m_id; }
    TeamMemberInput input() const;
    bool validate();
    // The server's refusal, field -> words already made (fieldMessages()), at its fields.
    void showServerErrors(const QMap<QString, QString> &errors);
    void showGeneralError(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void submitRequested();

private:
    void clearErrors();
    void updateRoleHint();

    std::unique_ptr<Ui::TeamMemberDialog> m_ui;
    qint64 m_id = 0;
    QPushButton *m_save;
};
