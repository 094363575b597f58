// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clearbutton.h"

#include <QAction>
#include <QLineEdit>

void ClearButton::enable(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's own name for the action (qlineedit.cpp, clearButtonActionNameC).
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Clear"));
    }
}
