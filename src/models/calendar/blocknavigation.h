// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

// Where the arrow keys take the selection in the day and week grid: up and down to the
// previous or next block in the same column, left and right to the nearest-in-time block
// of the nearest column that has one. Columns count in reading order; the view flips left
// and right for right-to-left layouts before asking. A block is a booking or a free slot:
// ids are the caller's keys (the view gives free slots negative ones), never 0.
class BlockNavigation
{
public:
    struct Block
    {
        qint64 id = 0;
        int column = -1; // -1: not on screen
        QDateTime start;
    };
    enum class Step
    {
        Up,
        Down,
        Previous, // towards column 0
        Next
    };

    // The block to select, or 0 to keep the selection; the earliest block when current is
    // not among blocks.
    static qint64 next(const QList<Block> &blocks, qint64 current, Step step, int columnCount);
};
