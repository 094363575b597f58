// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextwidgets.h"

#include <QLabel>

void PlainText::setText(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

void PlainText::lockLabels(QWidget *root)
{
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *self = qobject_cast<QLabel *>(root))
        labels.append(self);
    for (QLabel *label : std::as_const(labels)) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

QMessageBox *PlainText::messageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                   QMessageBox::StandardButtons buttons, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    return box;
}

void PlainText::setInformativeText(QMessageBox *box, const QString &text)
{
    box->setInformativeText(text);
    // QMessageBox gives its informative label neither our format nor closed links.
    if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}

void PlainText::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox *box = messageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->exec();
    delete box;
}

bool PlainText::askYes(QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::StandardButton noButton)
{
    QMessageBox *box = messageBox(QMessageBox::Question, title, text, QMessageBox::Yes | noButton, parent);
    box->setDefaultButton(noButton);
    const bool yes = box->exec() == QMessageBox::Yes;
    delete box;
    return yes;
}
