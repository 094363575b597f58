// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammemberdialog.h"

#include "teammodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QVBoxLayout *stacked(QWidget *field, QLabel *error)
{
    auto *box = new QVBoxLayout;
    box->addWidget(field);
    box->addWidget(error);
    return box;
}

} // namespace

TeamMemberDialog::TeamMemberDialog(const TeamMember &existing, QWidget *parent)
    : QDialog(parent)
    , m_id(existing.id)
{
    setObjectName(QStringLiteral("teamMemberDialog"));
    setWindowTitle(m_id ? tr("Edit team member") : tr("New team member"));

    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = errorLabel(this, "nameError");
    m_email = new QLineEdit(existing.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_emailError = errorLabel(this, "emailError");
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    const QStringList codes = TeamModel::roleCodes();
    for (const QString &code : codes) {
        m_role->addItem(TeamModel::roleName(code), code);
        m_role->setItemData(m_role->count() - 1, TeamModel::roleExplanation(code), Qt::ToolTipRole);
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(existing.id ? existing.role : QStringLiteral("agent"))));
    m_roleHint = new QLabel(this);
    m_roleHint->setObjectName(QStringLiteral("roleHint"));
    m_roleHint->setWordWrap(true);
    m_roleError = errorLabel(this, "roleError");
    auto *roleBox = stacked(m_role, m_roleHint);
    roleBox->addWidget(m_roleError);
    m_active = new QCheckBox(tr("A&ctive: can sign in and work"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(existing.id ? existing.isActive : true);
    m_activeError = errorLabel(this, "activeError");

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), stacked(m_name, m_nameError));
    form->addRow(tr("&E-mail:"), stacked(m_email, m_emailError));
    form->addRow(tr("&Role:"), roleBox);
    form->addRow(QString(), stacked(m_active, m_activeError));
    qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setBuddy(m_name);
    qobject_cast<QLabel *>(form->itemAt(1, QFormLayout::LabelRole)->widget())->setBuddy(m_email);
    qobject_cast<QLabel *>(form->itemAt(2, QFormLayout::LabelRole)->widget())->setBuddy(m_role);
    connect(m_role, &QComboBox::currentIndexChanged, this, &TeamMemberDialog::updateRoleHint);

    m_generalError = errorLabel(this, "generalError");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validate())
            Q_EMIT submitRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    updateRoleHint();
    resize(460, sizeHint().height());
}

TeamMemberInput TeamMemberDialog::input() const
{
    TeamMemberInput in;
    in.name = m_name->text().trimmed();
    in.email = m_email->text().trimmed();
    in.role = m_role->currentData().toString();
    in.isActive = m_active->isChecked();
    return in;
}

bool TeamMemberDialog::validate()
{
    clearErrors();
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        showError(m_nameError, tr("Enter the person's name."));
        ok = false;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.match(m_email->text().trimmed()).hasMatch()) {
        showError(m_emailError, tr("Enter an e-mail address such as name@example.com."));
        ok = false;
    }
    return ok;
}

void TeamMemberDialog::showServerErrors(const QMap<QString, QStringList> &errors)
{
    clearErrors();
    QStringList other;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char(' '));
        if (it.key() == QLatin1String("name"))
            showError(m_nameError, text);
        else if (it.key() == QLatin1String("email"))
            showError(m_emailError, text);
        else if (it.key() == QLatin1String("role"))
            showError(m_roleError, text);
        else if (it.key() == QLatin1String("is_active"))
            showError(m_activeError, text);
        else
            other.append(text);
    }
    if (!other.isEmpty())
        showError(m_generalError, other.join(QLatin1Char('\n')));
}

void TeamMemberDialog::showGeneralError(const QString &text)
{
    showError(m_generalError, text);
}

void TeamMemberDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}

void TeamMemberDialog::clearErrors()
{
    for (QLabel *label : {m_nameError, m_emailError, m_roleError, m_activeError, m_generalError})
        showError(label, QString());
}

void TeamMemberDialog::updateRoleHint()
{
    m_roleHint->setText(TeamModel::roleExplanation(m_role->currentData().toString()));
}
