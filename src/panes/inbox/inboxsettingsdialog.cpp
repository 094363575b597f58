// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsettingsdialog.h"

#include "plaintextwidgets.h"
#include "quickreplieseditor.h"
#include "ui_inboxsettingsdialog.h"

#include <QLocale>

InboxSettingsDialog::InboxSettingsDialog(const InboxSettings &current, QuickRepliesStore &quickReplies,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InboxSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->quickRepliesLayout->addWidget(new QuickRepliesEditor(quickReplies, m_ui->quickRepliesGroup));
    m_ui->listRefreshSpin->setRange(InboxSettings::MinListSeconds, InboxSettings::MaxListSeconds);
    m_ui->threadRefreshSpin->setRange(InboxSettings::MinThreadSeconds, InboxSettings::MaxThreadSeconds);
    m_ui->listRefreshSpin->setToolTip(tr("From %1 to %2 seconds")
                                          .arg(QLocale().toString(InboxSettings::MinListSeconds),
                                               QLocale().toString(InboxSettings::MaxListSeconds)));
    m_ui->threadRefreshSpin->setToolTip(tr("From %1 to %2 seconds")
                                            .arg(QLocale().toString(InboxSettings::MinThreadSeconds),
                                                 QLocale().toString(InboxSettings::MaxThreadSeconds)));
    m_ui->enterSendsHint->setText(tr("Ctrl+Enter always sends."));
    // Wrapped labels take their height from their width: give the explanations a
    // readable measure (in characters, so it follows the font) instead of a squeeze.
    const int measure = fontMetrics().averageCharWidth() * 56;
    m_ui->budgetLabel->setMinimumWidth(measure);

    const InboxSettings s = current.bounded();
    m_ui->listRefreshSpin->setValue(s.listSeconds);
    m_ui->threadRefreshSpin->setValue(s.threadSeconds);
    m_ui->enterSendsCheck->setChecked(s.enterSends);
    m_ui->muteCheck->setChecked(s.muted);
    m_ui->soundCheck->setChecked(s.soundEnabled);
    m_ui->soundWhenFocusedCheck->setChecked(s.soundWhenFocused);

    connect(m_ui->listRefreshSpin, &QSpinBox::valueChanged, this, &InboxSettingsDialog::changed);
    connect(m_ui->threadRefreshSpin, &QSpinBox::valueChanged, this, &InboxSettingsDialog::changed);
    for (QCheckBox *box : {m_ui->enterSendsCheck, m_ui->muteCheck, m_ui->soundCheck, m_ui->soundWhenFocusedCheck})
        connect(box, &QCheckBox::toggled, this, &InboxSettingsDialog::changed);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Update the dependent controls and the budget text without announcing anything.
    m_ui->budgetLabel->setText(budgetText(s));
    m_ui->soundCheck->setEnabled(!s.muted);
    m_ui->soundWhenFocusedCheck->setEnabled(!s.muted && s.soundEnabled);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

InboxSettingsDialog::~InboxSettingsDialog() = default;

InboxSettings InboxSettingsDialog::settings() const
{
    InboxSettings s;
    s.listSeconds = m_ui->listRefreshSpin->value();
    s.threadSeconds = m_ui->threadRefreshSpin->value();
    s.enterSends = m_ui->enterSendsCheck->isChecked();
    s.muted = m_ui->muteCheck->isChecked();
    s.soundEnabled = m_ui->soundCheck->isChecked();
    s.soundWhenFocused = m_ui->soundWhenFocusedCheck->isChecked();
    return s.bounded();
}

QString InboxSettingsDialog::budgetText(const InboxSettings &settings)
{
    const int used = settings.requestsPerMinute();
    const int percent = (100 * used + InboxSettings::RateBudgetPerMinute - 1) / InboxSettings::RateBudgetPerMinute;
    return tr("While this window is in front, checking for news costs about %n request(s) a minute: %1% of "
              "the %2 a minute your API key allows. Shorter intervals show messages sooner but leave less "
              "for searching, sending and the other panes; in the background the list is checked once a "
              "minute.",
              nullptr, used)
        .arg(QLocale().toString(percent), QLocale().toString(InboxSettings::RateBudgetPerMinute));
}

void InboxSettingsDialog::changed()
{
    const InboxSettings s = settings();
    m_ui->budgetLabel->setText(budgetText(s));
    m_ui->soundCheck->setEnabled(!s.muted);
    m_ui->soundWhenFocusedCheck->setEnabled(!s.muted && s.soundEnabled);
    Q_EMIT settingsChanged(s);
}
