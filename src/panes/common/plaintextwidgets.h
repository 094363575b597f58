// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plaintext.h"

#include <QMessageBox>

class QLabel;
class QWidget;

// The widget half of the plain-text helper (see models/common/plaintext.h): labels and
// message boxes that show text from customers, servers or files show it literally.
namespace PlainText {

// Shows `text` in `label` as plain text.
void setText(QLabel *label, const QString &text);

// Every label under `root` (and `root` itself) still left on automatic rich-text detection
// becomes plain text. Labels that really are rich set Qt::RichText and escape what they
// show. Call it once a pane or dialog has built its labels (after setupUi).
void lockLabels(QWidget *root);

// A message box whose text and informative text are plain text (QMessageBox guesses both,
// and opens links in the informative text).
QMessageBox *messageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                        QMessageBox::StandardButtons buttons, QWidget *parent);
void setInformativeText(QMessageBox *box, const QString &text);

// QMessageBox::warning with plain text.
void warning(QWidget *parent, const QString &title, const QString &text);

// QMessageBox::question with plain text; true when the answer is Yes.
bool askYes(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButton noButton = QMessageBox::Cancel);

} // namespace PlainText
