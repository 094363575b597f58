// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shortcutsdialog.h"

#include <QDateTime>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

// The shell: a navigation list of the panes that exist, the demo banner, the status bar
// (connection state, rate budget), the Profile, View, Go and Help menus. It knows nothing about the API;
// SessionController and its ConnectionStatusPresenter feed it and react to its signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // `id` is stable across languages and releases; it is what "last pane" remembers.
    void addPane(const QString &id, const QString &title, QWidget *pane);
    QString currentPaneId() const;
    // The section's name without its count ("Inbox"), "" for an unknown id.
    QString paneTitle(const QString &id) const;
    QStringList paneIds() const { return m_paneIds; }
    // Puts the panes in this order (ids not listed keep their place after the listed ones);
    // the current pane stays current.
    void orderPanes(const QStringList &ids);
    // Ticks the Profile menu's "I work as" entry; empty ticks none.
    void setWorkRole(const QString &role);
    void setCurrentPane(const QString &id);
    // A count after the section's name in the navigation ("Inbox (3)"); 0 shows the name alone.
    void setPaneCount(const QString &id, int count);
    // Shows the pane remembered from the last run, or the first one.
    void restoreState();

    void setDemoMode(bool demo);
    // A one-line notice under the demo banner, above every section (the offline cache's
    // "showing what was saved at…"). The window takes ownership.
    void addBanner(QWidget *banner);
    void setProfileNames(const QStringList &names, const QString &current, bool demo);
    // The connection's words (ConnectionStatusPresenter's), in red when not ok; detail is
    // the cause in full, as the label's tooltip.
    void setConnectionState(const QString &text, bool ok, const QString &detail = {});
    void setRateBudget(int remaining, int limit, const QDateTime &pausedUntil);
    // Every command with a key: the menus first, then each section in navigation order.
    QList<ShortcutsDialog::Group> shortcutGroups() const;
    void showShortcuts();
    QAction *paletteAction() const { return m_paletteAction; }

Q_SIGNALS:
    void switchProfileRequested(const QString &name);
    void addProfileRequested();
    void signOutRequested();
    void removeProfileRequested();
    void languageRequested(const QString &code);
    void workRoleRequested(const QString &role);
    // Ctrl+K (Go → Go to or run): the app opens the command palette.
    void paletteRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    // The Go menu and the navigation's tooltips follow the pane order: Alt+1 is always
    // the first pane in the list, whatever "I work as" put there.
    void updateGoMenu();
    void saveState();

    QSettings &m_settings;
    QLabel *m_demoBanner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QMenu *m_profileMenu = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_removeProfileAction = nullptr;
    QStringList m_paneIds;
    QMenu *m_workAsMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_paletteAction = nullptr;
};
