// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Checks an X-SkyLight-Signature header ("sha256=<hex HMAC-SHA256 of the raw body>")
// locally, so an admin can tell a wrong secret from an altered body without the server.
// Hex digits are compared case-insensitively; the "sha256=" prefix is required.
class WebhookSignatureChecker final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSignatureChecker)

public:
    enum class Outcome {
        Match,
        Mismatch,        // well-formed header, different signature
        MissingPrefix,   // no "sha256=" in front of the hex digits
        MalformedHeader, // empty, or not hex after the prefix
        MissingSecret,
    };

    struct Result
    {
        Outcome outcome = Outcome::MalformedHeader;
        QString expected; // "sha256=<hex>" for this payload and secret; empty without a secret
        bool matches() const { return outcome == Outcome::Match; }
    };

    // The header value the server sends for this body and secret.
    static QString sign(const QByteArray &payload, const QString &secret);
    // header may be the bare value or a whole "X-SkyLight-Signature: …" line.
    static Result check(const QByteArray &payload, const QString &header, const QString &secret);
    // One plain sentence for the outcome.
    static QString describe(Outcome outcome);
};
