// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "paneorder.h"
#include "plaintextwidgets.h"
#include "shortcutsdialog.h"
#include "statuscolours.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
const QLatin1String kGeometry("window/geometry");
const QLatin1String kLastPane("window/lastPane");
constexpr int kTitleRole = Qt::UserRole + 1; // the section's name without its count
} // namespace

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("SkyLight Desk"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_demoBanner = new QLabel(tr("Demo data: you are using the built-in sandbox. Nothing you "
                                 "do here reaches SkyLight Chat."),
                              central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setMargin(8);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "#demoBanner { background: #fff4ce; color: #4a3b00; border-bottom: 1px solid #e0c96b;"
        " font-weight: bold; }"));
    m_demoBanner->hide();
    outer->addWidget(m_demoBanner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMaximumWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Assistive technology selects an item (QAccessibleTableCell's toggle action) without
    // moving the current one: a selected section is the one to show.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_navigation->selectedItems();
        if (!selected.isEmpty() && m_navigation->row(selected.first()) != m_navigation->currentRow())
            m_navigation->setCurrentItem(selected.first());
    });

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_rateLabel);

    buildMenus();
    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray())) {
        // First start: most of the screen (a week of bookings and a three-column inbox need
        // the room), never less than 1024×720 unless the screen itself is smaller.
        QSize size(1024, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            size = size.expandedTo(QSize(qMin(1400, available.width() * 9 / 10),
                                         qMin(900, available.height() * 9 / 10)))
                       .boundedTo(available);
        }
        resize(size);
    }
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

MainWindow::~MainWindow()
{
    saveState();
}

void MainWindow::buildMenus()
{
    m_profileMenu = menuBar()->addMenu(tr("&Profile"));
    // Built once: setProfileNames() clears the Profile menu but the submenu survives it.
    m_workAsMenu = new QMenu(tr("I &work as"), this);
    m_workAsMenu->setObjectName(QStringLiteral("workAsMenu"));
    auto *roles = new QActionGroup(m_workAsMenu);
    const QStringList roleCodes = PaneOrder::roles();
    for (const QString &role : roleCodes) {
        QAction *action = m_workAsMenu->addAction(PaneOrder::roleName(role));
        action->setObjectName(QStringLiteral("workAs_") + role);
        action->setCheckable(true);
        roles->addAction(action);
        connect(action, &QAction::triggered, this, [this, role] { Q_EMIT workRoleRequested(role); });
    }
    m_signOutAction = new QAction(tr("Sign &out"), this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_removeProfileAction = new QAction(tr("&Remove this profile…"), this);
    connect(m_removeProfileAction, &QAction::triggered, this, &MainWindow::removeProfileRequested);
    setProfileNames({}, {}, false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    // Language::apply() made the chosen language the default locale (also for --lang).
    const QString current = QLocale().language() == QLocale::Arabic ? QStringLiteral("ar")
                                                                     : QStringLiteral("en");
    const std::pair<QString, QString> languages[] = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
    };
    for (const auto &[code, name] : languages) {
        // Each language is named in itself so a user can find theirs in any UI language.
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { Q_EMIT languageRequested(code); });
    }
    view->addSeparator();
    QAction *quit = view->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    // Kept by the window: updateGoMenu() clears the menu and adds it back at the end.
    m_paletteAction = new QAction(tr("Go to or &run…"), this);
    m_paletteAction->setObjectName(QStringLiteral("paletteAction"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setToolTip(tr("Find a contact, conversation, booking, section or command"));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::paletteRequested);
    // Line edits claim Ctrl+K ("delete to the end of the line" on Linux); the palette must
    // open from any field, so the window takes the key first (see eventFilter).
    qApp->installEventFilter(this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About SkyLight Desk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About SkyLight Desk"),
                           tr("<p><b>SkyLight Desk</b> %1</p>"
                              "<p>The desktop app for the staff of businesses on SkyLight Chat: "
                              "inbox, contacts, bookings, webhooks and team.</p>"
                              "<p>Your API key is kept in this computer's keychain, never in a file.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
}

namespace {
void collectMenuActions(const QList<QAction *> &actions, QList<ShortcutsDialog::Command> *out)
{
    for (const QAction *action : actions) {
        if (action->menu())
            collectMenuActions(action->menu()->actions(), out);
        else
            out->append(ShortcutsDialog::fromAction(action));
    }
}
} // namespace

QList<ShortcutsDialog::Group> MainWindow::shortcutGroups() const
{
    QList<ShortcutsDialog::Group> groups;
    ShortcutsDialog::Group window{tr("Whole window"), {}};
    collectMenuActions(menuBar()->actions(), &window.commands);
    groups.append(window);
    for (int row = 0; row < m_navigation->count(); ++row)
        groups.append({m_navigation->item(row)->data(kTitleRole).toString(),
                       ShortcutsDialog::commandsIn(m_stack->widget(row)), m_paneIds.at(row)});
    return groups;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutGroups(), this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateGoMenu()
{
    m_goMenu->clear();
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QString title = item->data(kTitleRole).toString();
        QAction *action = m_goMenu->addAction(item->icon(), title);
        action->setObjectName(QStringLiteral("go_") + m_paneIds.at(row));
        QString tip = title;
        if (row < 9) {
            // Alt, not Ctrl: the calendar already uses Ctrl+1..3 for its day, week and list views.
            const QKeySequence key(Qt::ALT | Qt::Key(Qt::Key_1 + row));
            action->setShortcut(key);
            tip = tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText));
        }
        item->setToolTip(tip);
        const QString id = m_paneIds.at(row);
        connect(action, &QAction::triggered, this, [this, id] { setCurrentPane(id); });
    }
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_paletteAction);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K))
            return true; // not claimed by the field: the window's shortcut runs
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setProfileNames(const QStringList &names, const QString &current, bool demo)
{
    m_profileMenu->clear();
    auto *group = new QActionGroup(m_profileMenu);
    if (demo) {
        QAction *action = m_profileMenu->addAction(tr("Demo sandbox"));
        action->setCheckable(true);
        action->setChecked(true);
        group->addAction(action);
    }
    for (const QString &name : names) {
        QAction *action = m_profileMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!demo && name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            Q_EMIT switchProfileRequested(name);
        });
    }
    m_profileMenu->addSeparator();
    m_profileMenu->addMenu(m_workAsMenu);
    QAction *add = m_profileMenu->addAction(tr("&Add profile…"));
    connect(add, &QAction::triggered, this, &MainWindow::addProfileRequested);
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_signOutAction);
    m_profileMenu->addAction(m_removeProfileAction);
    m_signOutAction->setEnabled(!demo && !current.isEmpty());
    m_removeProfileAction->setEnabled(!demo && !current.isEmpty());
}

void MainWindow::addPane(const QString &id, const QString &title, QWidget *pane)
{
    m_paneIds.append(id);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setData(kTitleRole, title);
    const QString icon = QStringLiteral(":/icons/sections/%1.svg").arg(id);
    if (QFile::exists(icon))
        item->setIcon(QIcon(icon));
    updateGoMenu();
}

void MainWindow::orderPanes(const QStringList &ids)
{
    QStringList order;
    for (const QString &id : ids) {
        if (m_paneIds.contains(id) && !order.contains(id))
            order.append(id);
    }
    for (const QString &id : std::as_const(m_paneIds)) {
        if (!order.contains(id))
            order.append(id);
    }
    if (order == m_paneIds)
        return;
    const QString current = currentPaneId();
    {
        const QSignalBlocker blocker(m_navigation);
        for (int target = 0; target < order.size(); ++target) {
            const int from = int(m_paneIds.indexOf(order.at(target)));
            if (from == target)
                continue;
            m_navigation->insertItem(target, m_navigation->takeItem(from));
            QWidget *pane = m_stack->widget(from);
            m_stack->removeWidget(pane);
            m_stack->insertWidget(target, pane);
            m_paneIds.move(from, target);
        }
        const int row = int(m_paneIds.indexOf(current));
        m_navigation->setCurrentRow(row >= 0 ? row : 0);
    }
    m_stack->setCurrentIndex(m_navigation->currentRow());
    updateGoMenu();
}

void MainWindow::setWorkRole(const QString &role)
{
    const auto actions = m_workAsMenu->actions();
    for (QAction *action : actions)
        action->setChecked(action->objectName() == QStringLiteral("workAs_") + role);
}

QString MainWindow::currentPaneId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_paneIds.value(row) : QString();
}

QString MainWindow::paneTitle(const QString &id) const
{
    const int row = int(m_paneIds.indexOf(id));
    return row >= 0 ? m_navigation->item(row)->data(kTitleRole).toString() : QString();
}

void MainWindow::setCurrentPane(const QString &id)
{
    const int row = m_paneIds.indexOf(id);
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::setPaneCount(const QString &id, int count)
{
    const int row = int(m_paneIds.indexOf(id));
    if (row < 0)
        return;
    QListWidgetItem *item = m_navigation->item(row);
    const QString title = item->data(kTitleRole).toString();
    item->setText(count > 0 ? tr("%1 (%2)", "a section and how many of its items are unread")
                                  .arg(title, QLocale().toString(count))
                            : title);
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
}

void MainWindow::restoreState()
{
    const QString last = m_settings.value(kLastPane).toString();
    if (m_paneIds.contains(last))
        setCurrentPane(last);
    else if (!m_paneIds.isEmpty())
        m_navigation->setCurrentRow(0);
}

void MainWindow::addBanner(QWidget *banner)
{
    auto *outer = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    outer->insertWidget(outer->indexOf(m_demoBanner) + 1, banner);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("SkyLight Desk — demo data") : tr("SkyLight Desk"));
}

void MainWindow::setConnectionState(const QString &text, bool ok, const QString &detail)
{
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(detail);
    m_connectionLabel->setStyleSheet(ok ? QString() : StatusColours::errorStyle(palette()));
}

void MainWindow::setRateBudget(int remaining, int limit, const QDateTime &pausedUntil)
{
    if (pausedUntil.isValid() && pausedUntil > QDateTime::currentDateTimeUtc()) {
        m_rateLabel->setText(tr("Request limit reached: waiting until %1")
                                 .arg(QLocale().toString(pausedUntil.toLocalTime().time(),
                                                         QLocale::ShortFormat)));
        return;
    }
    m_rateLabel->setText(tr("Requests left this minute: %1 of %2")
                             .arg(QLocale().toString(remaining), QLocale().toString(limit)));
}

void MainWindow::saveState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    const QString pane = currentPaneId();
    if (!pane.isEmpty())
        m_settings.setValue(kLastPane, pane);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}
