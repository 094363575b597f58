// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampane.h"

#include "bidiisolate.h"

#include "loadingnotice.h"
#include "lostcreatecheck.h"
#include "savedagemarker.h"
#include "statuscolours.h"
#include "teamlookup.h"
#include "writeoutcome.h"
#include "apierrortext.h"
#include "messagebar.h"
#include "plaintextwidgets.h"
#include "teamapi.h"
#include "teammemberdialog.h"
#include "teammodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QLatin1String kColumnsKey("team/columns");

QPushButton *makeButton(const QString &text, const QString &tip, const QKeySequence &keys,
    const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setShortcut(keys);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
    return button;
}

} // namespace

TeamPane::TeamPane(TeamApi &api, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_settings(settings)
    , m_model(new TeamModel(api, this))
{
    setObjectName(QStringLiteral("teamPane"));
    m_errorBar = new MessageBar(this);
    m_errorBar->setObjectName(QStringLiteral("errorFrame"));
    m_errorBar->setRetryShortcut(QKeySequence::Refresh, tr("Load again"));

    m_new = makeButton(tr("&New…"), tr("Add a team member"), QKeySequence::New, "newButton", this);
    m_edit = makeButton(tr("&Edit…"), tr("Edit the selected member"), QKeySequence(Qt::CTRL | Qt::Key_E), "editButton", this);
    m_toggle = makeButton(tr("Deac&tivate"), tr("Deactivate or activate the selected member"), QKeySequence(Qt::CTRL | Qt::Key_T), "toggleActiveButton", this);
    m_delete = makeButton(tr("&Delete…"), tr("Delete the selected member"), QKeySequence::Delete, "deleteButton", this);
    connect(m_new, &QPushButton::clicked, this, &TeamPane::newMember);
    connect(m_edit, &QPushButton::clicked, this, &TeamPane::editMember);
    connect(m_toggle, &QPushButton::clicked, this, &TeamPane::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &TeamPane::deleteMember);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_toggle);
    actions->addWidget(m_delete);
    actions->addStretch();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("teamView"));
    m_view->setAccessibleName(tr("Team members"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // The e-mail column takes what is left, so all five columns fit an 800-pixel window.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TeamModel::EmailColumn, QHeaderView::Stretch);
    header->resizeSection(TeamModel::NameColumn, 180);
    header->resizeSection(TeamModel::RoleColumn, 110);
    header->resizeSection(TeamModel::ActiveColumn, 80);
    header->resizeSection(TeamModel::LastSeenColumn, 150);
    header->restoreState(m_settings.value(kColumnsKey).toByteArray());
    connect(m_view, &QTableView::activated, this, &TeamPane::editMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamPane::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TeamPane::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorBar);
    layout->addWidget(new LoadingNotice(this, [this] { return m_model && m_model->isLoading(); }, this));
    layout->addWidget(SavedAgeMarker::following(m_model, this));
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_model, &TeamModel::failed, this, [this](const ApiError &error) {
        m_errorBar->showMessage(tr("The team could not be loaded. %1").arg(userMessage(error)),
                                [this] { reload(); });
        Q_EMIT loadFailed(error);
    });
    connect(m_model, &TeamModel::loaded, this, [this] {
        m_errorBar->hide();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateButtons();
        Q_EMIT requestSucceeded();
        Q_EMIT loaded();
    });
    updateButtons();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

TeamPane::~TeamPane()
{
    m_settings.setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
}

void TeamPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        reload();
}

void TeamPane::reload()
{
    m_started = true;
    m_errorBar->hide();
    m_model->refresh();
}

QString TeamPane::paneTitle() const { return tr("Team"); }
bool TeamPane::isBusy() const { return m_model->isLoading(); }
bool TeamPane::hasStarted() const { return m_started; }

void TeamPane::selectMember(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void TeamPane::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    m_edit->setEnabled(has);
    m_toggle->setEnabled(has);
    m_delete->setEnabled(has);
    const bool active = !has || current.data(TeamModel::IsActiveRole).toBool();
    m_toggle->setText(active ? tr("Deac&tivate") : tr("Ac&tivate"));
}

void TeamPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? StatusColours::errorStyle(palette()) : QString());
}

void TeamPane::newMember()
{
    auto *dialog = new TeamMemberDialog(TeamMember(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    LostCreateCheck *check = lostCreateCheck(dialog);
    connect(dialog, &TeamMemberDialog::submitRequested, this, [this, dialog, check] { submit(dialog, check); });
    dialog->open();
}

void TeamPane::editMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    auto *dialog = new TeamMemberDialog(m_model->member(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamMemberDialog::submitRequested, this, [this, dialog] { submit(dialog, nullptr); });
    dialog->open();
}

LostCreateCheck *TeamPane::lostCreateCheck(TeamMemberDialog *dialog)
{
    LostCreateCheck::Words words { tr("The server did not confirm the member. Checking whether they were added…"),
        tr("Not saved. %1"),
        tr("%1 The member could not be checked, so they may have been added. Press Check again before saving again.") };
    auto lookUp = [this, dialog](QObject *context, const ApiCallback<bool> &answer) {
        TeamLookup::findCreated(m_api, dialog->input(), context,
            [this, dialog, answer](const ApiResult<TeamLookup::Found> &found) {
                LostCreateCheck::pass(answer, found, [this, dialog](const TeamMember &member) {
                    m_model->updateMember(member);
                    selectMember(member.id);
                    showMessage(tr("%1 was saved.").arg(member.name), false);
                    dialog->accept();
                    Q_EMIT requestSucceeded();
                });
            });
    };
    return LostCreateCheck::forForm(dialog, std::move(words), std::move(lookUp));
}

void TeamPane::submit(TeamMemberDialog *dialog, LostCreateCheck *check)
{
    if (check && check->isUnconfirmed()) {
        check->check(ApiError(ApiError::Kind::Timeout));
        return;
    }
    dialog->setBusy(true);
    auto done = [this, dialog, check](const ApiResult<TeamMember> &result) {
        dialog->setBusy(false);
        const WriteOutcome outcome = WriteOutcome::of(result);
        if (check && outcome.isUnknown()) {
            check->check(outcome.error());
            return;
        }
        if (!result) {
            const ApiError error = result.error();
            const QMap<QString, QString> fields = fieldMessages(error);
            if (!fields.isEmpty())
                dialog->showServerErrors(fields);
            else
                dialog->showGeneralError(tr("Not saved. %1").arg(userMessage(error)));
            if (error.kind != ApiError::Kind::Validation)
                Q_EMIT loadFailed(error);
            return;
        }
        m_model->updateMember(result.value());
        selectMember(result.value().id);
        showMessage(tr("%1 was saved.").arg(result.value().name), false);
        dialog->accept();
        Q_EMIT requestSucceeded();
    };
    if (dialog->memberId() == 0)
        m_api.create(dialog->input(), dialog, done);
    else
        m_api.update(dialog->memberId(), dialog->input(), dialog, done);
}

void TeamPane::toggleActive()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const TeamMember member = m_model->member(row);
    TeamMemberInput input;
    input.isActive = !member.isActive;
    m_api.update(member.id, input, this, [this, member](const ApiResult<TeamMember> &result) {
        if (!result) {
            showMessage(tr("%1 was not changed. %2").arg(member.name, oneLineMessage(result.error())), true);
            return;
        }
        m_model->updateMember(result.value());
        showMessage(result.value().isActive ? tr("%1 is active again.").arg(member.name)
                                            : tr("%1 was deactivated.").arg(member.name),
            false);
        Q_EMIT requestSucceeded();
    });
}

void TeamPane::deleteMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const TeamMember member = m_model->member(row);
    auto *box = PlainText::messageBox(QMessageBox::Warning, tr("Delete team member"),
        tr("Delete %1 (%2) from the team? They can no longer sign in. This cannot be undone.")
            .arg(Bidi::isolated(member.name), Bidi::isolated(member.email)),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this, member] {
        m_api.remove(member.id, this, [this, member](const ApiResult<ApiDone> &result) {
            if (!result) {
                showMessage(tr("%1 was not deleted. %2").arg(member.name, oneLineMessage(result.error())), true);
                return;
            }
            m_model->removeMember(member.id);
            showMessage(tr("%1 was deleted.").arg(member.name), false);
            updateButtons();
            Q_EMIT requestSucceeded();
        });
    });
    box->open();
}
