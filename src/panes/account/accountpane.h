// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"
#include "account.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AccountPane;
}
class AccountApi;
class ApiError;
class ChannelsModel;
class QLabel;
class QProgressBar;
struct Subscription;

// The business profile (shown and edited), the subscription with usage against its
// limits, and the connected channels. What the user typed is never thrown away: a failed
// save or a reload leaves the edits in place, and server field errors appear at the field.
class AccountPane final : public QWidget, public Pane
{
    Q_OBJECT

public:
    explicit AccountPane(AccountApi &api, QWidget *parent = nullptr);
    ~AccountPane() override;

    // Loads (again) everything the pane shows; safe to call at any time.
    void reload() override;
    QString paneTitle() const override;
    bool isBusy() const override;
    bool hasStarted() const override;
    bool hasUnsavedChanges() const;
    bool isLoaded() const { return m_accountLoaded; }
    ChannelsModel *channelsModel() const { return m_channels; }

Q_SIGNALS:
    void loaded();   // account, subscription and channels have all arrived
    void loadFailed(const ApiError &error); // once per failed reload
    void saved();
    // The server's account after a save: other sections (the calendar's time zone) follow.
    void accountChanged(const Account &account);

protected:
    // Usage counts change with what is done elsewhere (contacts added, members invited):
    // every return to the section reads them again.
    void showEvent(QShowEvent *event) override;

private:
    void save();
    void revert();
    void showAccount(const Account &account, bool keepEdits);
    void showSubscription(const Subscription &subscription);
    void showUsage(QProgressBar *bar, QLabel *value, qint64 used, qint64 limit);
    void showLoadError(const ApiError &error);
    void showSaveError(const ApiError &error);
    void clearFieldErrors();
    void finishOne();
    void updateButtons();
    AccountUpdate changes() const;
    QLabel *errorLabelFor(const QString &field) const;

    std::unique_ptr<Ui::AccountPane> m_ui;
    AccountApi &m_api;
    ChannelsModel *m_channels;
    Account m_account;          // as the server last sent it
    bool m_accountLoaded = false;
    bool m_saving = false;
    bool m_shownOnce = false;
    int m_pending = 0;          // loads still outstanding in the current reload
    int m_generation = 0;       // replies to an older reload are dropped
};
