// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspane.h"

#include "bidiisolate.h"

#include "loadingnotice.h"
#include "savedagemarker.h"
#include "apierrortext.h"
#include "channelsmodel.h"
#include "contactdetails.h"
#include "contactdialog.h"
#include "contactexport.h"
#include "contactsapi.h"
#include "contactsmodel.h"
#include "contactimport.h"
#include "importdialog.h"
#include "panenavigator.h"
#include "phonenormalizer.h"
#include "plaintextwidgets.h"
#include "ratebudget.h"
#include "clearbutton.h"
#include "statuscolours.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QLatin1String kGroup("contactsPane/");
}

ContactsPane::ContactsPane(ContactsApi &api, PaneNavigator &navigator, QSettings &settings,
    const QString &phoneRegion, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_navigator(navigator)
    , m_settings(settings)
    , m_phones(std::make_unique<PhoneNormalizer>(phoneRegion))
    , m_model(new ContactsModel(api, this))
    , m_debounce(new QTimer(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search name, phone or e-mail (Ctrl+F)"));
    ClearButton::enable(m_search);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Find contacts"));
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setToolTip(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : ChannelsModel::knownCodes())
        m_channel->addItem(ChannelsModel::channelName(c), c);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setPlaceholderText(tr("Tag"));
    ClearButton::enable(m_tag);
    m_tag->setMaximumWidth(140);
    m_blacklist = new QComboBox(this);
    m_blacklist->setObjectName(QStringLiteral("blacklistFilter"));
    m_blacklist->setToolTip(tr("Blacklist"));
    m_blacklist->addItem(tr("Everyone"), 0);
    m_blacklist->addItem(tr("Blacklisted only"), 1);
    m_blacklist->addItem(tr("Not blacklisted"), 2);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setToolTip(tr("Sort"));
    m_sort->addItem(tr("Newest first"), QStringLiteral("-created_at"));
    m_sort->addItem(tr("Oldest first"), QStringLiteral("created_at"));
    m_sort->addItem(tr("Name A–Z"), QStringLiteral("name"));
    m_sort->addItem(tr("Name Z–A"), QStringLiteral("-name"));
    m_sort->addItem(tr("Recent messages first"), QStringLiteral("-last_message_at"));
    m_sort->addItem(tr("Oldest messages first"), QStringLiteral("last_message_at"));

    auto *add = new QPushButton(tr("&New contact"), this);
    add->setObjectName(QStringLiteral("newButton"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("New contact (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importButton->setToolTip(tr("Import contacts from a CSV file (Ctrl+I)"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    exportButton->setToolTip(tr("Export the contacts of this filter to CSV (Ctrl+Shift+X)"));
    connect(add, &QPushButton::clicked, this, &ContactsPane::newContact);
    connect(importButton, &QPushButton::clicked, this, &ContactsPane::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ContactsPane::exportCsv);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(StatusColours::errorStyle(palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ContactsPane::reload);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // A fixed row height lets the view skip measuring 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The server sorts (by name, creation, last message); the header shows and sets its
    // order, and a click on any other column leaves it as it was (sortIndicatorChanged).
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setWordWrap(false);
    m_details = new ContactDetails(api, this);
    m_details->setNavigationAvailable(navigator.canOpenConversation(), navigator.canBookAppointment());
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_channel);
    filters->addWidget(m_tag);
    filters->addWidget(m_blacklist);
    filters->addWidget(m_sort);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_total);
    toolbar->addWidget(SavedAgeMarker::following(m_model, this)); // by the count it qualifies
    toolbar->addStretch();
    toolbar->addWidget(add);
    toolbar->addWidget(importButton);
    toolbar->addWidget(exportButton);
    auto *errors = new QHBoxLayout;
    errors->addWidget(m_error, 1);
    errors->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(filters);
    layout->addLayout(errors);
    layout->addWidget(new LoadingNotice(this, [this] { return m_model && m_model->isLoading(); }, this));
    layout->addWidget(m_splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ContactsPane::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_tag, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_channel, m_blacklist, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &ContactsPane::applyFilters);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ContactsPane::headerSorted);

    connect(m_model, &ContactsModel::totalChanged, this, [this](int total) {
        m_total->setText(tr("%n contact(s)", nullptr, total));
    });
    connect(m_model, &ContactsModel::pageLoaded, this, [this](int page) {
        m_error->hide();
        m_retry->hide();
        if (page == 1) {
            m_total->setText(tr("%n contact(s)", nullptr, m_model->total()));
            Q_EMIT loaded();
        }
    });
    connect(m_model, &ContactsModel::failed, this, &ContactsPane::showError);
    m_selectionDelay = new QTimer(this);
    m_selectionDelay->setObjectName(QStringLiteral("selectionDelay"));
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(300);
    connect(m_selectionDelay, &QTimer::timeout, this, &ContactsPane::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDelay,
            qOverload<>(&QTimer::start));

    connect(m_details, &ContactDetails::editRequested, this, &ContactsPane::editContact);
    connect(m_details, &ContactDetails::deleteRequested, this, &ContactsPane::deleteContact);
    connect(m_details, &ContactDetails::blacklistRequested, this, &ContactsPane::toggleBlacklist);
    connect(m_details, &ContactDetails::conversationRequested, this, [this] {
        m_navigator.openConversation(int(m_details->contact().id));
    });
    connect(m_details, &ContactDetails::bookingRequested, this, [this] {
        m_navigator.bookAppointment({int(m_details->contact().id), m_details->contact().name});
    });

    restoreState();
    // Only what the user moved is remembered, not the sizes of a pane not yet laid out.
    connect(m_splitter, &QSplitter::splitterMoved, this, &ContactsPane::saveLayout);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (isVisible())
            saveLayout();
    });
    applyFilters();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

ContactsPane::~ContactsPane() = default;

void ContactsPane::setPhoneRegion(const QString &region)
{
    m_phones = std::make_unique<PhoneNormalizer>(region);
}

void ContactsPane::setRateLimiter(const RateBudget *limiter)
{
    m_limiter = limiter;
}

void ContactsPane::restoreState()
{
    const QSignalBlocker b1(m_search), b2(m_channel), b3(m_tag), b4(m_blacklist), b5(m_sort);
    m_search->setText(m_settings.value(kGroup + QLatin1String("search")).toString());
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(m_settings.value(kGroup + QLatin1String("channel")).toString())));
    m_tag->setText(m_settings.value(kGroup + QLatin1String("tag")).toString());
    m_blacklist->setCurrentIndex(qBound(0, m_settings.value(kGroup + QLatin1String("blacklist")).toInt(), 2));
    m_sort->setCurrentIndex(qMax(0, m_sort->findData(m_settings.value(kGroup + QLatin1String("sort")).toString())));
    m_splitter->restoreState(m_settings.value(kGroup + QLatin1String("splitter")).toByteArray());
    const QByteArray header = m_settings.value(kGroup + QLatin1String("header")).toByteArray();
    // The sort comes from the filters above, not from an older saved indicator.
    const QSignalBlocker b6(m_table->horizontalHeader());
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header))
        applyDefaultColumnWidths();
}

void ContactsPane::applyDefaultColumnWidths()
{
    QHeaderView *h = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(ContactsModel::NameColumn, 12 * em);
    h->resizeSection(ContactsModel::PhoneColumn, 9 * em);
    h->resizeSection(ContactsModel::EmailColumn, 11 * em);
    h->resizeSection(ContactsModel::ChannelColumn, 8 * em);
    h->resizeSection(ContactsModel::TagsColumn, 6 * em);
    h->resizeSection(ContactsModel::BlacklistedColumn, 8 * em);
    h->resizeSection(ContactsModel::LastMessageColumn, 10 * em);
}

void ContactsPane::saveState()
{
    m_settings.setValue(kGroup + QLatin1String("search"), m_search->text());
    m_settings.setValue(kGroup + QLatin1String("channel"), m_channel->currentData());
    m_settings.setValue(kGroup + QLatin1String("tag"), m_tag->text());
    m_settings.setValue(kGroup + QLatin1String("blacklist"), m_blacklist->currentIndex());
    m_settings.setValue(kGroup + QLatin1String("sort"), m_sort->currentData());
}

void ContactsPane::saveLayout()
{
    m_settings.setValue(kGroup + QLatin1String("splitter"), m_splitter->saveState());
    m_settings.setValue(kGroup + QLatin1String("header"), m_table->horizontalHeader()->saveState());
}

void ContactsPane::headerSorted(int column, Qt::SortOrder order)
{
    const int index = m_sort->findData(ContactsModel::sortKey(column, order));
    if (index >= 0 && index != m_sort->currentIndex())
        m_sort->setCurrentIndex(index); // applies and remembers it
    else
        showSortIndicator(); // not a column the server sorts by: the indicator stays put
}

void ContactsPane::showSortIndicator()
{
    int column = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (!ContactsModel::sortColumnOf(m_sort->currentData().toString(), &column, &order))
        return;
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

void ContactsPane::applyFilters()
{
    m_debounce->stop();
    ContactQuery q;
    q.search = m_search->text().trimmed();
    q.channel = m_channel->currentData().toString();
    q.tag = m_tag->text().trimmed();
    const int blacklist = m_blacklist->currentData().toInt();
    if (blacklist == 1)
        q.isBlacklisted = true;
    else if (blacklist == 2)
        q.isBlacklisted = false;
    q.sort = m_sort->currentData().toString();
    showSortIndicator();
    saveState();
    m_model->setQuery(q);
}

void ContactsPane::reload()
{
    applyFilters();
    if (m_details->contact().id)
        showContact(int(m_details->contact().id));
}

// The first page is asked for in the constructor: the pane has always started.
QString ContactsPane::paneTitle() const { return tr("Contacts"); }
bool ContactsPane::isBusy() const { return m_model->isLoading(); }
bool ContactsPane::hasStarted() const { return true; }

void ContactsPane::showError(const ApiError &error)
{
    m_error->setText(userMessage(error));
    m_error->show();
    m_retry->show();
    Q_EMIT loadFailed(error);
}

qint64 ContactsPane::currentContactId() const
{
    return m_details->contact().id;
}

void ContactsPane::selectionChanged()
{
    const int row = m_table->currentIndex().row();
    const qint64 id = m_model->idAt(row);
    if (id && id != m_details->contact().id)
        showContact(int(id));
}

void ContactsPane::showContact(int contactId)
{
    m_selectionDelay->stop(); // asked for directly: a pending row change is superseded
    m_api.get(contactId, this, [this, contactId](const ApiResult<Contact> &result) {
        if (!result) {
            showError(result.error());
            return;
        }
        // The inbox and calendar panes may have been added after this one.
        m_details->setNavigationAvailable(m_navigator.canOpenConversation(), m_navigator.canBookAppointment());
        m_details->setContact(result.value());
        m_model->updateContact(result.value());
        const int row = m_model->rowOf(contactId);
        if (row >= 0 && m_table->currentIndex().row() != row)
            m_table->setCurrentIndex(m_model->index(row, 0));
        Q_EMIT contactShown(contactId);
    });
}

void ContactsPane::contactChanged(const Contact &contact)
{
    m_details->setContact(contact);
    m_model->updateContact(contact);
}

void ContactsPane::newContact()
{
    auto *dialog = new ContactDialog(m_api, *m_phones, Contact(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::contactSaved, this, [this](const Contact &c) {
        m_details->setContact(c);
        m_model->reload();
    });
    dialog->open();
}

void ContactsPane::editContact()
{
    if (!m_details->contact().id)
        return;
    auto *dialog = new ContactDialog(m_api, *m_phones, m_details->contact(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::contactSaved, this, &ContactsPane::contactChanged);
    dialog->open();
}

void ContactsPane::deleteContact()
{
    const Contact contact = m_details->contact();
    if (!contact.id)
        return;
    const QString name = Bidi::isolated(
        contact.name.isEmpty() ? (contact.phone.isEmpty() ? contact.email : contact.phone) : contact.name);
    const std::unique_ptr<QMessageBox> box(PlainText::messageBox(QMessageBox::Warning, tr("Delete contact"),
        tr("Delete “%1”? Their notes go with them. This cannot be undone.").arg(name),
        QMessageBox::Cancel, this));
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *confirm = box->addButton(tr("Delete “%1”").arg(name), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->exec();
    if (box->clickedButton() != confirm)
        return;
    const qint64 id = contact.id;
    m_api.remove(id, this, [this, id](const ApiResult<ApiDone> &result) {
        if (!result) {
            showError(result.error());
            return;
        }
        m_model->removeContact(id);
        if (m_details->contact().id == id)
            m_details->setContact(Contact());
    });
}

void ContactsPane::toggleBlacklist()
{
    const qint64 id = m_details->contact().id;
    if (!id)
        return;
    m_api.toggleBlacklist(id, this, [this, id](const ApiResult<BlacklistState> &result) {
        if (!result) {
            showError(result.error());
            return;
        }
        m_model->setBlacklisted(id, result.value().isBlacklisted);
        if (m_details->contact().id == id) {
            Contact c = m_details->contact();
            c.isBlacklisted = result.value().isBlacklisted;
            m_details->setContact(c);
        }
    });
}

void ContactsPane::importCsv()
{
    auto *dialog = new ImportDialog(m_api, *m_phones, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeptPercent(ContactImport::keptPercentFromSetting(m_settings.value(kGroup + QLatin1String("importKeptPercent"))));
    dialog->setRateLimiter(m_limiter);
    connect(dialog, &ImportDialog::imported, m_model, &ContactsModel::reload);
    dialog->open();
}

void ContactsPane::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contacts"),
        m_settings.value(kGroup + QLatin1String("exportDir")).toString() + QStringLiteral("/contacts.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(kGroup + QLatin1String("exportDir"), QFileInfo(path).absolutePath());
    exportCsvTo(path);
}

void ContactsPane::exportCsvTo(const QString &path)
{
    auto *job = new ContactExport(m_api, this);
    auto *progress = new QProgressDialog(tr("Exporting contacts…"), tr("Cancel"), 0, qMax(1, m_model->total()), this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    connect(job, &ContactExport::progress, progress, [progress](int done, int total) {
        progress->setMaximum(qMax(1, total));
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, job, [job] {
        job->cancel();
        job->deleteLater();
    });
    connect(job, &ContactExport::finished, this, [this, job, progress, path] {
        progress->close();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(job->data()) != job->data().size())
            PlainText::warning(this, tr("Export contacts"), tr("Could not write %1: %2").arg(path, file.errorString()));
        job->deleteLater();
    });
    connect(job, &ContactExport::failed, this, [this, job, progress](const ApiError &error) {
        progress->close();
        PlainText::warning(this, tr("Export contacts"), tr("The export stopped: %1").arg(userMessage(error)));
        job->deleteLater();
    });
    job->start(m_model->query());
}
