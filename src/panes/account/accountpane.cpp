// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountpane.h"

#include "accountapi.h"
#include "apierrortext.h"
#include "channelsmodel.h"
#include "plaintextwidgets.h"
#include "statuscolours.h"
#include "subscription.h"
#include "ui_accountpane.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimeZone>

namespace {

void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString subscriptionStatusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return AccountPane::tr("Active");
    if (status == QLatin1String("trialing"))
        return AccountPane::tr("Trial");
    if (status == QLatin1String("past_due"))
        return AccountPane::tr("Payment overdue");
    if (status == QLatin1String("cancelled"))
        return AccountPane::tr("Cancelled");
    return status;
}

} // namespace

AccountPane::AccountPane(AccountApi &api, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountPane>())
    , m_api(api)
    , m_channels(new ChannelsModel(api, this))
{
    m_ui->setupUi(this);
    m_ui->errorFrame->hide();
    m_ui->errorFrame->setStyleSheet(QStringLiteral(
        "#errorFrame { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }"));
    const QString fieldErrorStyle = StatusColours::errorStyle(palette());
    for (QLabel *label : {m_ui->businessNameError, m_ui->phoneError, m_ui->timezoneError,
                          m_ui->localeError}) {
        label->setStyleSheet(fieldErrorStyle);
        label->hide();
    }

    QStringList zones;
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        zones.append(QString::fromLatin1(id));
    m_ui->timezoneCombo->addItems(zones);
    m_ui->timezoneCombo->setInsertPolicy(QComboBox::NoInsert);
    // Each language named in itself, like the language menu.
    m_ui->localeCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->localeCombo->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));

    m_ui->channelsView->setModel(m_channels);
    m_ui->channelsView->verticalHeader()->hide();
    m_ui->channelsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->channelsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->retryButton, &QPushButton::clicked, this, &AccountPane::reload);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountPane::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &AccountPane::revert);
    connect(m_ui->businessNameEdit, &QLineEdit::textEdited, this, [this] {
        setErrorText(m_ui->businessNameError, {});
        updateButtons();
    });
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, [this] {
        setErrorText(m_ui->phoneError, {});
        updateButtons();
    });
    connect(m_ui->timezoneCombo, &QComboBox::currentTextChanged, this, [this] {
        setErrorText(m_ui->timezoneError, {});
        updateButtons();
    });
    connect(m_ui->localeCombo, &QComboBox::currentIndexChanged, this, [this] {
        setErrorText(m_ui->localeError, {});
        updateButtons();
    });
    connect(m_channels, &ChannelsModel::loaded, this, &AccountPane::finishOne);
    connect(m_channels, &ChannelsModel::failed, this, [this](const ApiError &error) {
        showLoadError(error);
        finishOne();
    });

    m_ui->profileGroup->setEnabled(false);
    updateButtons();
    reload();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

AccountPane::~AccountPane() = default;

void AccountPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The constructor loaded once already; what is typed and not saved is kept (reload()).
    if (m_shownOnce && !m_saving && m_pending == 0)
        reload();
    m_shownOnce = true;
}

void AccountPane::reload()
{
    const int generation = ++m_generation;
    m_pending = 3;
    m_ui->errorFrame->hide();
    m_ui->loadingLabel->setVisible(!m_accountLoaded);

    m_api.fetchAccount(this, [this, generation](const ApiResult<Account> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            showAccount(result.value(), hasUnsavedChanges());
        } else {
            showLoadError(result.error());
        }
        finishOne();
    });
    m_api.fetchSubscription(this, [this, generation](const ApiResult<Subscription> &result) {
        if (generation != m_generation)
            return;
        if (result)
            showSubscription(result.value());
        else
            showLoadError(result.error());
        finishOne();
    });
    m_channels->refresh();
}

// The constructor loads: an Account pane has always started.
QString AccountPane::paneTitle() const { return tr("Account"); }
bool AccountPane::isBusy() const { return m_pending > 0; }
bool AccountPane::hasStarted() const { return true; }

void AccountPane::finishOne()
{
    if (m_pending <= 0)
        return;
    if (--m_pending > 0)
        return;
    m_ui->loadingLabel->hide();
    if (m_ui->errorFrame->isHidden())
        Q_EMIT loaded();
}

void AccountPane::showLoadError(const ApiError &error)
{
    // A cancelled request belongs to a connection that was replaced; the new one reloads.
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (!m_ui->errorFrame->isHidden())
        return; // one message for one failed reload is enough
    m_ui->errorLabel->setText(tr("Your account could not be loaded. %1").arg(userMessage(error)));
    m_ui->errorFrame->show();
    Q_EMIT loadFailed(error);
}

void AccountPane::showAccount(const Account &account, bool keepEdits)
{
    m_account = account;
    m_accountLoaded = true;
    m_ui->profileGroup->setEnabled(true);
    m_ui->emailValue->setText(account.email);
    if (!keepEdits) {
        m_ui->businessNameEdit->setText(account.businessName);
        m_ui->phoneEdit->setText(account.phone);
        if (m_ui->timezoneCombo->findText(account.timezone) < 0 && !account.timezone.isEmpty())
            m_ui->timezoneCombo->addItem(account.timezone);
        m_ui->timezoneCombo->setCurrentText(account.timezone);
        int localeIndex = m_ui->localeCombo->findData(account.locale);
        if (localeIndex < 0 && !account.locale.isEmpty()) {
            m_ui->localeCombo->addItem(account.locale, account.locale);
            localeIndex = m_ui->localeCombo->count() - 1;
        }
        m_ui->localeCombo->setCurrentIndex(localeIndex);
    }
    updateButtons();
}

void AccountPane::showSubscription(const Subscription &s)
{
    const QLocale locale;
    QString plan = s.plan.name.isEmpty() ? s.plan.code : s.plan.name;
    if (s.plan.price > 0.0 && !s.plan.currency.isEmpty()) {
        const QString price = locale.toCurrencyString(s.plan.price, s.plan.currency);
        plan = s.plan.interval == QLatin1String("year")
            ? tr("%1 (%2 per year)").arg(plan, price)
            : tr("%1 (%2 per month)").arg(plan, price);
    }
    m_ui->planValue->setText(plan);
    m_ui->statusValue->setText(subscriptionStatusText(s.status));
    m_ui->statusValue->setStyleSheet(s.status == QLatin1String("past_due")
                                             || s.status == QLatin1String("cancelled")
                                         ? StatusColours::errorStyle(palette(), true)
                                         : QString());
    m_ui->renewalValue->setText(s.currentPeriodEnd.isValid()
                                    ? locale.toString(s.currentPeriodEnd.toLocalTime().date(),
                                                      QLocale::LongFormat)
                                    : tr("Not scheduled"));
    m_ui->renewalCaption->setText(s.status == QLatin1String("cancelled") ? tr("Ends on:")
                                                                         : tr("Renews on:"));
    showUsage(m_ui->contactsUsageBar, m_ui->contactsUsageValue, s.usage.contacts, s.limits.contacts);
    showUsage(m_ui->teamMembersUsageBar, m_ui->teamMembersUsageValue, s.usage.teamMembers, s.limits.teamMembers);
    showUsage(m_ui->monthlyMessagesUsageBar, m_ui->monthlyMessagesUsageValue, s.usage.monthlyMessages, s.limits.monthlyMessages);
    showUsage(m_ui->channelsUsageBar, m_ui->channelsUsageValue, s.usage.channels, s.limits.channels);
}

void AccountPane::showUsage(QProgressBar *bar, QLabel *value, qint64 used, qint64 limit)
{
    // The figures sit in a label beside the bar rather than inside it: a progress bar's
    // own text is hard to read (and clipped by some styles) in right-to-left layouts.
    const QLocale locale;
    if (limit <= 0) {
        // No limit reported: a bar would pretend to know a proportion.
        bar->setRange(0, 1);
        bar->setValue(0);
        value->setText(used >= 0 ? tr("%1 (no limit)").arg(locale.toString(used)) : tr("Unknown"));
        return;
    }
    // QProgressBar is int-based; scale down very large limits so the proportion survives.
    const qint64 scale = limit > 1000000 ? limit / 1000000 + 1 : 1;
    bar->setRange(0, int(limit / scale));
    bar->setValue(int(std::min(std::max<qint64>(used, 0), limit) / scale));
    value->setText(tr("%1 of %2").arg(locale.toString(std::max<qint64>(used, 0)), locale.toString(limit)));
    const QString tip = used >= limit ? tr("Limit reached") : QString();
    bar->setToolTip(tip);
    value->setToolTip(tip);
    value->setStyleSheet(used >= limit ? StatusColours::errorStyle(palette()) : QString());
}

AccountUpdate AccountPane::changes() const
{
    AccountUpdate update;
    const QString name = m_ui->businessNameEdit->text().trimmed();
    if (name != m_account.businessName)
        update.businessName = name;
    const QString phone = m_ui->phoneEdit->text().trimmed();
    if (phone != m_account.phone)
        update.phone = phone;
    const QString zone = m_ui->timezoneCombo->currentText().trimmed();
    if (zone != m_account.timezone)
        update.timezone = zone;
    const QString locale = m_ui->localeCombo->currentData().toString();
    if (m_ui->localeCombo->currentIndex() >= 0 && locale != m_account.locale)
        update.locale = locale;
    return update;
}

bool AccountPane::hasUnsavedChanges() const
{
    if (!m_accountLoaded)
        return false;
    const AccountUpdate u = changes();
    return u.businessName || u.phone || u.timezone || u.locale;
}

void AccountPane::save()
{
    const AccountUpdate update = changes();
    if (!hasUnsavedChanges() || m_saving)
        return;
    clearFieldErrors();
    m_saving = true;
    m_ui->saveStatusLabel->setStyleSheet(QString());
    m_ui->saveStatusLabel->setText(tr("Saving…"));
    updateButtons();
    m_api.updateAccount(update, this, [this](const ApiResult<Account> &result) {
        m_saving = false;
        if (!result) {
            showSaveError(result.error());
            updateButtons();
            return;
        }
        showAccount(result.value(), false);
        m_ui->saveStatusLabel->setText(tr("Your changes were saved."));
        Q_EMIT saved();
        Q_EMIT accountChanged(result.value());
    });
}

void AccountPane::revert()
{
    clearFieldErrors();
    m_ui->saveStatusLabel->clear();
    showAccount(m_account, false);
}

QLabel *AccountPane::errorLabelFor(const QString &field) const
{
    if (field == QLatin1String("business_name"))
        return m_ui->businessNameError;
    if (field == QLatin1String("phone"))
        return m_ui->phoneError;
    if (field == QLatin1String("timezone"))
        return m_ui->timezoneError;
    if (field == QLatin1String("locale"))
        return m_ui->localeError;
    return nullptr;
}

void AccountPane::showSaveError(const ApiError &error)
{
    m_ui->saveStatusLabel->setStyleSheet(StatusColours::errorStyle(palette()));
    const QMap<QString, QString> fields = fieldMessages(error);
    if (fields.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Your changes were not saved. %1").arg(userMessage(error)));
        return;
    }
    QStringList other;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QLabel *label = errorLabelFor(it.key());
        const QString &text = it.value();
        if (!label) {
            other.append(text);
            continue;
        }
        setErrorText(label, text);
    }
    m_ui->saveStatusLabel->setText(other.isEmpty()
                                       ? tr("Your changes were not saved: correct the marked fields.")
                                       : tr("Your changes were not saved. %1").arg(other.join(QLatin1Char(' '))));
    if (m_ui->businessNameError->isVisibleTo(this))
        m_ui->businessNameEdit->setFocus();
    else if (m_ui->phoneError->isVisibleTo(this))
        m_ui->phoneEdit->setFocus();
    else if (m_ui->timezoneError->isVisibleTo(this))
        m_ui->timezoneCombo->setFocus();
}

void AccountPane::clearFieldErrors()
{
    for (QLabel *label : {m_ui->businessNameError, m_ui->phoneError, m_ui->timezoneError,
                          m_ui->localeError})
        setErrorText(label, {});
}

void AccountPane::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_ui->saveButton->setEnabled(dirty && !m_saving);
    m_ui->revertButton->setEnabled(dirty && !m_saving);
}
