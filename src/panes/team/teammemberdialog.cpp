// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammemberdialog.h"
#include "plaintextwidgets.h"
#include "ui_teammemberdialog.h"

#include "emailcheck.h"
#include "teammodel.h"

#include <QPushButton>

namespace {

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

TeamMemberDialog::TeamMemberDialog(const TeamMember &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TeamMemberDialog>())
    , m_id(existing.id)
{
    m_ui->setupUi(this);
    setWindowTitle(m_id ? tr("Edit team member") : tr("New team member"));
    m_ui->nameEdit->setText(existing.name);
    m_ui->emailEdit->setText(existing.email);
    QComboBox *role = m_ui->roleCombo;
    const QStringList codes = TeamModel::roleCodes();
    for (const QString &code : codes) {
        role->addItem(TeamModel::roleName(code), code);
        role->setItemData(role->count() - 1, TeamModel::roleExplanation(code), Qt::ToolTipRole);
    }
    role->setCurrentIndex(qMax(0, role->findData(existing.id ? existing.role : QStringLiteral("agent"))));
    m_ui->activeCheck->setChecked(existing.id ? existing.isActive : true);
    connect(role, &QComboBox::currentIndexChanged, this, &TeamMemberDialog::updateRoleHint);

    m_save = m_ui->buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validate())
            Q_EMIT submitRequested();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearErrors();
    updateRoleHint();
    resize(width(), sizeHint().height());
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

TeamMemberDialog::~TeamMemberDialog() = default;

TeamMemberInput TeamMemberDialog::input() const
{
    TeamMemberInput in;
    in.name = m_ui->nameEdit->text().trimmed();
    in.email = m_ui->emailEdit->text().trimmed();
    in.role = m_ui->roleCombo->currentData().toString();
    in.isActive = m_ui->activeCheck->isChecked();
    return in;
}

bool TeamMemberDialog::validate()
{
    clearErrors();
    bool ok = true;
    if (m_ui->nameEdit->text().trimmed().isEmpty()) {
        showError(m_ui->nameError, tr("Enter the person's name."));
        ok = false;
    }
    // The same rule as contacts (EmailCheck): this dialog's own pattern let "a@b..c" through.
    if (!EmailCheck::problem(m_ui->emailEdit->text()).isEmpty()) {
        showError(m_ui->emailError, tr("Enter an e-mail address such as name@example.com."));
        ok = false;
    }
    return ok;
}

void TeamMemberDialog::showServerErrors(const QMap<QString, QString> &errors)
{
    clearErrors();
    const QMap<QString, QLabel *> labels = {{QStringLiteral("name"), m_ui->nameError},
        {QStringLiteral("email"), m_ui->emailError}, {QStringLiteral("role"), m_ui->roleError},
        {QStringLiteral("is_active"), m_ui->activeError}};
    QStringList other;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString &text = it.value();
        if (QLabel *label = labels.value(it.key()))
            showError(label, text);
        else
            other.append(text);
    }
    if (!other.isEmpty())
        showError(m_ui->generalError, other.join(QLatin1Char('\n')));
}

void TeamMemberDialog::showGeneralError(const QString &text)
{
    showError(m_ui->generalError, text);
}

void TeamMemberDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

void TeamMemberDialog::clearErrors()
{
    for (QLabel *label : {m_ui->nameError, m_ui->emailError, m_ui->roleError, m_ui->activeError,
             m_ui->generalError})
        showError(label, QString());
}

void TeamMemberDialog::updateRoleHint()
{
    m_ui->roleHint->setText(TeamModel::roleExplanation(m_ui->roleCombo->currentData().toString()));
}
