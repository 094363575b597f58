// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocknavigation.h"

#include <algorithm>

qint64 BlockNavigation::next(const QList<Block> &blocks, qint64 current, Step step, int columnCount)
{
    // A total order (time, then id): a free slot and a cancelled booking may start together,
    // and Down must not bounce between two blocks of the same start.
    QList<Block> sorted = blocks;
    std::sort(sorted.begin(), sorted.end(), [](const Block &a, const Block &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    if (sorted.isEmpty())
        return 0;
    const auto here = std::find_if(
        sorted.cbegin(), sorted.cend(), [current](const Block &b) { return b.id == current; });
    if (here == sorted.cend())
        return sorted.first().id;
    if (step == Step::Down) {
        const auto below = std::find_if(here + 1, sorted.cend(),
            [here](const Block &b) { return b.column == here->column; });
        return below == sorted.cend() ? 0 : below->id;
    }
    if (step == Step::Up) {
        for (auto above = here; above != sorted.cbegin();) {
            --above;
            if (above->column == here->column)
                return above->id;
        }
        return 0;
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
