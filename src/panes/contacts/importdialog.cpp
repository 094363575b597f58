// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "apierrortext.h"
#include "contactimport.h"
#include "csvreader.h"
#include "phonenormalizer.h"
#include "plaintextwidgets.h"
#include "ratebudget.h"
#include "statuscolours.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 5;

QString durationText(int seconds)
{
    if (seconds < 60)
        return ImportDialog::tr("about %n second(s)", nullptr, qMax(1, seconds));
    return ImportDialog::tr("about %n minute(s)", nullptr, (seconds + 59) / 60);
}
} // namespace

ImportDialog::ImportDialog(ContactsApi &api, const PhoneNormalizer &phones, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_phones(phones)
    , m_job(new ContactImport(api, this))
{
    setWindowTitle(tr("Import contacts"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    browse->setObjectName(QStringLiteral("chooseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_hasHeader = new QCheckBox(tr("The first line holds column names"), this);
    m_hasHeader->setChecked(true);
    connect(m_hasHeader, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);

    auto *mappingForm = new QFormLayout;
    const QStringList fieldNames = {tr("Name"), tr("Phone"), tr("E-mail"), tr("Channel"), tr("Tags")};
    for (int i = 0; i < fieldNames.size(); ++i) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("mapping%1").arg(i));
        connect(box, &QComboBox::activated, this, &ImportDialog::refreshPreview);
        m_mapping.append(box);
        mappingForm->addRow(fieldNames.at(i), box);
    }
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimate->setWordWrap(true);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setWordWrap(true);
    m_start = new QPushButton(tr("&Import"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setEnabled(false);
    m_cancel = new QPushButton(tr("Cance&l import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_saveFailures = new QPushButton(tr("&Save rows that failed…"), this);
    m_saveFailures->setObjectName(QStringLiteral("saveFailuresButton"));
    m_saveFailures->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, [this] {
        if (m_job->isRunning())
            m_job->cancel(); // the rows not yet sent stay as they were; nothing half-done
        reject();
    });
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, m_job, &ContactImport::cancel);
    connect(m_saveFailures, &QPushButton::clicked, this, &ImportDialog::saveFailures);
    connect(m_job, &ContactImport::progress, this, &ImportDialog::updateProgress);
    connect(m_job, &ContactImport::waiting, this, &ImportDialog::showWaiting);
    connect(m_job, &ContactImport::finished, this, [this] { showReport(tr("The import is complete.")); });
    connect(m_job, &ContactImport::cancelled, this, [this] { showReport(tr("The import was cancelled; Import sends the rest.")); });
    connect(m_job, &ContactImport::stopped, this, [this](const ApiError &error) {
        showReport(tr("The import stopped: %1 Import resumes where it stopped.").arg(userMessage(error)));
    });

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_cancel);
    actions->addWidget(m_saveFailures);
    actions->addStretch();
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_hasHeader);
    layout->addLayout(mappingForm);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_estimate);
    layout->addWidget(m_report);
    layout->addLayout(actions);
    resize(640, 560);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

void ImportDialog::setRateLimiter(const RateBudget *limiter)
{
    if (m_limiter)
        disconnect(m_limiter, nullptr, this, nullptr);
    m_limiter = limiter;
    if (limiter)
        connect(limiter, &RateBudget::stateChanged, this, &ImportDialog::updateEstimate);
    m_job->setBudget(limiter, m_keptPercent);
    updateEstimate();
}

void ImportDialog::setKeptPercent(int percent)
{
    m_keptPercent = percent;
    m_job->setBudget(m_limiter, percent);
}

void ImportDialog::showWaiting(int seconds)
{
    m_waitSeconds = seconds;
    updateEstimate();
}

void ImportDialog::updateEstimate()
{
    int budgetLeft = 0;
    int limit = 120;
    int pausedSeconds = 0;
    if (m_limiter) {
        budgetLeft = m_limiter->budgetLeft();
        limit = m_limiter->limit();
        if (m_limiter->isPaused())
            pausedSeconds = int((QDateTime::currentDateTimeUtc().msecsTo(m_limiter->pausedUntil()) + 999) / 1000);
    }
    const int remaining = m_job->remaining();
    const QString duration = durationText(ContactImport::estimateSeconds(remaining, budgetLeft, limit, pausedSeconds));
    const int total = int(m_job->rows().size());
    if (m_waitSeconds > 0 && m_job->isRunning()) {
        // Plain words for why nothing moves: the key is shared with colleagues.
        m_estimate->setText(tr("%1 of %2 rows done. Waiting %n s so colleagues can keep working: "
                               "the import leaves %3% of the key's requests to them.", nullptr, m_waitSeconds)
                                .arg(total - remaining).arg(total).arg(m_job->keptPercent()));
    } else if ((m_job->isRunning() || !m_progress->isHidden()) && remaining == 0) {
        m_estimate->setText(tr("%1 of %2 rows done.").arg(total).arg(total));
    } else if (m_job->isRunning() || !m_progress->isHidden()) {
        m_estimate->setText(tr("%1 of %2 rows done; %3 left.").arg(total - remaining).arg(total).arg(duration));
    } else if (remaining > 0) {
        m_estimate->setText(tr("Sending them takes %1 (at most %n contact(s) a minute).", nullptr, limit).arg(duration));
    } else {
        m_estimate->clear();
    }
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Could not open %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_path->setText(path);
    loadData(file.readAll());
    return true;
}

void ImportDialog::loadData(const QByteArray &csv)
{
    m_rows = CsvReader::parse(csv);
    const QStringList header = m_rows.value(0);
    const QList<int> guess = ContactImport::guessMapping(header);
    for (int f = 0; f < m_mapping.size(); ++f) {
        QComboBox *box = m_mapping.at(f);
        box->clear();
        box->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < header.size(); ++c)
            box->addItem(tr("Column %1: %2").arg(c + 1).arg(header.at(c)), c);
        box->setCurrentIndex(qMax(0, box->findData(guess.value(f, -1))));
    }
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    if (m_job->isRunning())
        return;
    QList<int> mapping;
    for (QComboBox *box : std::as_const(m_mapping))
        mapping.append(box->currentData().toInt());
    m_job->prepare(m_rows, m_hasHeader->isChecked(), mapping, m_phones);
    const QList<ContactImport::Row> &rows = m_job->rows();
    const QStringList fields = {tr("Line"), tr("Name"), tr("Phone"), tr("E-mail"), tr("Check")};
    m_preview->clear();
    m_preview->setColumnCount(int(fields.size()));
    m_preview->setHorizontalHeaderLabels(fields);
    m_preview->setRowCount(int(qMin<qsizetype>(kPreviewRows, rows.size())));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const ContactImport::Row &row = rows.at(r);
        const bool ok = row.status != ContactImport::Status::Invalid;
        // Numbers and addresses read left to right in an Arabic UI too.
        const QChar ltr(0x200E);
        // A mark on both sides: a trailing "@" or "+" would otherwise take the Arabic side.
        const QStringList cells = {QString::number(row.line), row.draft.name,
            ltr + row.input.phone.value_or(row.draft.phone) + ltr, ltr + row.draft.email + ltr,
            ok ? tr("OK") : row.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(PlainText::toolTip(cells.at(c)));
            if (!ok)
                item->setForeground(StatusColours::error(palette()));
            m_preview->setItem(r, c, item);
        }
    }
    const int invalid = m_job->count(ContactImport::Status::Invalid);
    const int ready = m_job->remaining();
    m_summary->setText(tr("Rows ready to import: %1. With problems (skipped and reported): %2.")
                           .arg(ready).arg(invalid));
    updateEstimate();
    m_start->setEnabled(ready > 0);
}

void ImportDialog::startImport()
{
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_hasHeader->setEnabled(false);
    for (QComboBox *box : std::as_const(m_mapping))
        box->setEnabled(false);
    m_progress->setRange(0, int(m_job->rows().size()));
    m_progress->setValue(int(m_job->rows().size()) - m_job->remaining());
    m_progress->show();
    m_report->clear();
    m_job->start();
}

void ImportDialog::updateProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    updateEstimate();
}

QString ImportDialog::reportText() const
{
    return m_report->text();
}

void ImportDialog::showReport(const QString &headline)
{
    m_cancel->setEnabled(false);
    const int created = m_job->count(ContactImport::Status::Created);
    const int failed = m_job->count(ContactImport::Status::Failed) + m_job->count(ContactImport::Status::Invalid);
    const int left = m_job->remaining();
    m_report->setText(headline + QLatin1Char(' ')
        + tr("Imported: %1. Not imported: %2. Not yet sent: %3.").arg(created).arg(failed).arg(left));
    m_saveFailures->setVisible(failed > 0);
    m_start->setText(left ? tr("&Resume") : tr("&Import"));
    m_start->setEnabled(left > 0);
    if (created > 0)
        Q_EMIT imported();
}

void ImportDialog::saveFailures()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rows that failed"),
        QStringLiteral("import-failures.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray data = m_job->failureReportCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        PlainText::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, file.errorString()));
}
