// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QuickRepliesStore;
namespace Ui {
class QuickRepliesEditor;
}

// Adds and removes the agent's canned replies (removal asks first, naming the reply).
// Every change is stored at once; the composer's "/" picker reads the same store.
class QuickRepliesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit QuickRepliesEditor(QuickRepliesStore &store, QWidget *parent = nullptr);
    ~QuickRepliesEditor() override;

private:
    void fill();
    void add();
    void removeCurrent();

    QuickRepliesStore &m_store;
    std::unique_ptr<Ui::QuickRepliesEditor> m_ui;
};
