// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "apiconnection.h"
#include "apierrortext.h"
#include "connectiontester.h"
#include "plaintextwidgets.h"
#include "statuscolours.h"
#include "ui_signindialog.h"

#include <QPushButton>

SignInDialog::SignInDialog(ConnectionTester &tester, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_tester(tester)
{
    m_ui->setupUi(this);
    m_ui->authStyleCombo->addItem(tr("Authorization: Bearer header (recommended)"),
                                  int(Profile::AuthStyle::Bearer));
    m_ui->authStyleCombo->addItem(tr("X-Api-Key header"), int(Profile::AuthStyle::ApiKeyHeader));
    m_ui->baseUrlEdit->setText(Profile::productionBaseUrl().toString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_ui->statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a two-line error without the dialog growing, and no more.
    m_ui->statusLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());

    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { runTest(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    for (QLineEdit *edit : {m_ui->profileNameEdit, m_ui->baseUrlEdit, m_ui->apiKeyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_businessName.clear();
            updateButtons();
        });
    }
    updateButtons();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setProfile(const Profile &profile)
{
    m_ui->profileNameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->authStyleCombo->setCurrentIndex(
        m_ui->authStyleCombo->findData(int(profile.authStyle)));
    if (!profile.name.isEmpty())
        m_ui->apiKeyEdit->setFocus();
}

void SignInDialog::setMessage(const QString &text)
{
    m_ui->introLabel->setText(text);
}

void SignInDialog::setReauthentication(const QString &reason)
{
    m_ui->profileNameEdit->setReadOnly(true);
    m_ui->baseUrlEdit->setReadOnly(true);
    m_ui->introLabel->setText(reason);
    m_ui->apiKeyEdit->clear();
    m_ui->apiKeyEdit->setFocus();
}

Profile SignInDialog::profile() const
{
    Profile p;
    p.name = m_ui->profileNameEdit->text().trimmed();
    p.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    p.authStyle = Profile::AuthStyle(m_ui->authStyleCombo->currentData().toInt());
    return p;
}

QString SignInDialog::apiKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

ApiConnection SignInDialog::connection() const
{
    const Profile p = profile();
    ApiConnection c;
    c.baseUrl = p.baseUrl;
    c.apiKey = apiKey();
    c.authStyle = p.authStyle == Profile::AuthStyle::ApiKeyHeader
        ? ApiConnection::AuthStyle::ApiKeyHeader
        : ApiConnection::AuthStyle::Bearer;
    return c;
}

void SignInDialog::accept()
{
    if (!m_businessName.isEmpty()) {
        QDialog::accept();
        return;
    }
    runTest(true);
}

bool SignInDialog::validateInput()
{
    if (profile().name.isEmpty()) {
        showStatus(tr("Give this profile a name."), true);
        m_ui->profileNameEdit->setFocus();
        return false;
    }
    const QUrl url = profile().baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        showStatus(tr("The server address is not a valid web address."), true);
        m_ui->baseUrlEdit->setFocus();
        return false;
    }
    if (!ApiConnection::isAllowedUrl(url)) {
        showStatus(tr("The server address must start with https:// (plain http is only "
                      "allowed for a server on this computer)."),
                   true);
        m_ui->baseUrlEdit->setFocus();
        return false;
    }
    if (apiKey().isEmpty()) {
        showStatus(tr("Enter your API key."), true);
        m_ui->apiKeyEdit->setFocus();
        return false;
    }
    return true;
}

void SignInDialog::runTest(bool acceptOnSuccess)
{
    if (!validateInput())
        return;
    const int attempt = ++m_attempt;
    m_testing = true;
    updateButtons();
    showStatus(tr("Checking the connection…"), false);
    m_tester.test(connection(), this, [this, attempt, acceptOnSuccess](const ConnectionTester::Outcome &outcome) {
        if (attempt != m_attempt)
            return;
        m_testing = false;
        updateButtons();
        if (outcome.error.isError()) {
            showStatus(userMessage(outcome.error), true);
            return;
        }
        m_businessName = outcome.businessName;
        showStatus(tr("Connected to %1.").arg(outcome.businessName), false);
        if (acceptOnSuccess)
            QDialog::accept();
    });
}

void SignInDialog::showStatus(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("error", isError);
    QPalette pal = m_ui->statusLabel->palette();
    pal.setColor(QPalette::WindowText, isError ? StatusColours::error(palette()) : palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(pal);
}

void SignInDialog::updateButtons()
{
    m_ui->testButton->setEnabled(!m_testing);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_testing);
}
