// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerrules.h"

#include "channelsmodel.h"

#include <QCoreApplication>
#include <QLocale>

QStringList ComposerRules::connectedChannels(const QList<Channel> &channels)
{
    QStringList out;
    for (const Channel &c : channels) {
        if (c.isConnected() && !out.contains(c.channel))
            out.append(c.channel);
    }
    return out;
}

QString ComposerRules::defaultChannel(const QString &conversationChannel, const QStringList &connected)
{
    if (connected.contains(conversationChannel))
        return conversationChannel;
    return connected.isEmpty() ? QString() : connected.first();
}

QStringList ComposerRules::contactChannels(const QString &contactChannel, const QString &conversationChannel)
{
    QStringList out;
    for (const QString &c : {contactChannel, conversationChannel}) {
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
    }
    return out;
}

QStringList ComposerRules::offeredChannels(const QStringList &contactChannels, const QStringList &connected)
{
    QStringList out;
    for (const QString &c : contactChannels) {
        if (connected.contains(c))
            out.append(c);
    }
    return out;
}

QString ComposerRules::contactChannelsReason(const QStringList &contactChannels, const QStringList &connected)
{
    if (contactChannels.isEmpty() || connected.isEmpty() || !offeredChannels(contactChannels, connected).isEmpty())
        return {};
    QStringList names;
    for (const QString &c : contactChannels)
        names.append(ChannelsModel::channelName(c));
    return QCoreApplication::translate("ComposerRules",
        "This contact is reached on %1, which is not connected on the account. Connect it in Account to reply.")
        .arg(QLocale().createSeparatedList(names));
}

QString ComposerRules::disabledReason(bool contactKnown, bool blacklisted, const QString &channel,
                                      const QStringList &connected, bool channelsKnown,
                                      const QString &channelsError)
{
    if (!contactKnown)
        return QCoreApplication::translate("ComposerRules", "Choose a conversation to reply.");
    if (blacklisted)
        return QCoreApplication::translate("ComposerRules",
            "This contact is blacklisted: messages cannot be sent. Remove them from the blacklist to reply.");
    if (!channelsKnown && !channelsError.isEmpty())
        return QCoreApplication::translate("ComposerRules",
            "The connected channels could not be loaded: %1 They are loaded again with the next "
            "refresh (F5).").arg(channelsError);
    if (!channelsKnown)
        return QCoreApplication::translate("ComposerRules", "Loading the connected channels…");
    if (connected.isEmpty())
        return QCoreApplication::translate("ComposerRules",
            "No channel is connected. Connect one in Account to reply.");
    if (channelsKnown && !channel.isEmpty() && !connected.contains(channel))
        return QCoreApplication::translate("ComposerRules", "The %1 channel is not connected.")
            .arg(ChannelsModel::channelName(channel));
    return {};
}

bool ComposerRules::isSendKey(int key, Qt::KeyboardModifiers modifiers, bool enterSends)
{
    if (key != Qt::Key_Return && key != Qt::Key_Enter)
        return false;
    const Qt::KeyboardModifiers mods = modifiers & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier)
        return true; // Ctrl+Enter always sends
    if (enterSends)
        return mods == Qt::NoModifier;
    return false;
}
