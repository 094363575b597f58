// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channel.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which channels the composer offers and why it may refuse to send, kept apart from the
// widgets so the rules can be tested alone.
class ComposerRules
{
public:
    static QStringList connectedChannels(const QList<Channel> &channels);
    // The conversation's own channel when it is connected, else the first connected one.
    static QString defaultChannel(const QString &conversationChannel, const QStringList &connected);
    // The channels a contact can be reached on: the one on their record, then the one
    // their conversation is on (each once, empty ones left out).
    static QStringList contactChannels(const QString &contactChannel, const QString &conversationChannel);
    // What the composer offers: the contact's channels that are connected on the account.
    static QStringList offeredChannels(const QStringList &contactChannels, const QStringList &connected);
    // Why none can be offered when the account has channels but not this contact's; empty
    // when one can (or the contact's channels are not known yet).
    static QString contactChannelsReason(const QStringList &contactChannels, const QStringList &connected);
    // Empty when sending is allowed; otherwise the reason in plain words. channelsError:
    // why the connected channels could not be loaded (empty while they load or once known).
    static QString disabledReason(bool contactKnown, bool blacklisted, const QString &channel,
                                  const QStringList &connected, bool channelsKnown,
                                  const QString &channelsError = {});
    // Whether Enter (without Shift) sends, given the user's choice.
    static bool isSendKey(int key, Qt::KeyboardModifiers modifiers, bool enterSends);
};
