// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocknavigation.h"

#include <algorithm>

qint64 BlockNavigation::next(const QList<Block> &blocks, qint64 current, Step step, int columnCount)
{
    QList<Block> sorted = blocks;
    std::sort(sorted.begin(), sorted.end(),
        [](const Block &a, const Block &b) { return a.start < b.start; });
    if (sorted.isEmpty())
        return 0;
    const auto here = std::find_if(
        sorted.cbegin(), sorted.cend(), [current](const Block &b) { return b.id == current; });
    if (here == sorted.cend())
        return sorted.first().id;
    if (step == Step::Up || step == Step::Down) {
        const Block *best = nullptr;
        for (const Block &b : sorted) {
            if (b.column != here->column || b.id == here->id)
                continue;
            if (step == Step::Down && b.start >= here->start && (!best || b.start < best->start))
                best = &b;
            if (step == Step::Up && b.start <= here->start && (!best || b.start > best->start))
                best = &b;
        }
        return best ? best->id : 0;
    }
    const int direction = step == Step::Next ? 1 : -1;
    for (int c = here->column + direction; c >= 0 && c < columnCount; c += direction) {
        const Block *best = nullptr;
        for (const Block &b : sorted) {
            if (b.column == c
                && (!best
                    || qAbs(b.start.secsTo(here->start)) < qAbs(best->start.secsTo(here->start))))
                best = &b;
        }
        if (best)
            return best->id;
    }
    return 0;
}
