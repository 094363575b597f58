// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

class ApiError;

// The one place an ApiError becomes text for the user: translated, plain words, and
// never the raw technical detail. Context "ApiError" for the translators.
QString userMessage(const ApiError &error);

// For the answer to a write (send, create, save): the same words, except that a request
// refused before it left says outright that nothing was sent, so the user may safely send
// again. A read never says so: "nothing was sent" means nothing to someone opening a list.
QString userMessageForWrite(const ApiError &error);

// The server's refusal of one field it named (ApiError::fieldErrors, a 422): its messages,
// each through ServerMessageText (known ones in the interface's language), on one line.
// Empty when the server named no problem with that field. Only a refusal of the values
// (Kind::Validation) has field words: for any other kind its own words matter more.
QString fieldMessage(const ApiError &error, const QString &field);

// Every field the server named, field -> fieldMessage(): what a form shows at its fields
// (a field it has no place for goes to its general line). Empty when there is none; the
// form then shows userMessage().
QMap<QString, QString> fieldMessages(const ApiError &error);

// For a place with room for one line (a list row's reason, a status line): the field
// messages one after another, or userMessage() when the server named no field.
QString oneLineMessage(const ApiError &error);
