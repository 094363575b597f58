// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcDrafts, "skylight.inbox.drafts")

DraftStore::DraftStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
    load();
}

DraftStore::~DraftStore()
{
    flush();
}

void DraftStore::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject drafts = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = drafts.constBegin(); it != drafts.constEnd(); ++it) {
        const qint64 id = it.key().toLongLong();
        if (id > 0 && !it.value().toString().isEmpty())
            m_drafts.insert(id, it.value().toString());
    }
}

void DraftStore::setDraft(qint64 contactId, const QString &text)
{
    if (contactId <= 0 || m_drafts.value(contactId) == text)
        return;
    if (text.isEmpty())
        m_drafts.remove(contactId);
    else
        m_drafts.insert(contactId, text);
    m_dirty = true;
    m_timer.start();
}

bool DraftStore::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    QJsonObject drafts;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        drafts.insert(QString::number(it.key()), it.value());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDrafts) << "cannot write drafts:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(drafts).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcDrafts) << "cannot save drafts:" << file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}
