// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace hydron::ui {

// Brings a flat model's rows to a fresh list with fine-grained signals (removals, moves,
// insertions, then dataChanged for rows whose value changed) instead of a model reset, so views
// keep their selection and scroll position. Rows are matched by key. A model that uses this
// declares `friend struct RowSync;` (begin/end*Rows are protected).
struct RowSync
{
    template<typename Model, typename T, typename KeyOf>
    static void apply(Model &model, QList<T> &rows, const QList<T> &fresh, KeyOf keyOf)
    {
        using Key = decltype(keyOf(fresh.first()));
        // A key must be a value: a QStringBuilder expression would point into temporaries.
        static_assert(
            !requires { typename Key::ConvertTo; }, "keyOf must return QString, not a string expression");
        QList<Key> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const T &item : fresh)
            freshKeys.append(keyOf(item));

        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!freshKeys.contains(keyOf(rows.at(i)))) {
                model.beginRemoveRows(QModelIndex(), static_cast<int>(i), static_cast<int>(i));
                rows.removeAt(i);
                model.endRemoveRows();
            }
        }
        const int lastColumn = static_cast<const QAbstractItemModel &>(model).columnCount(QModelIndex()) - 1;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const int row = static_cast<int>(i);
            if (i < rows.size() && keyOf(rows.at(i)) == freshKeys.at(i)) {
                if (!(rows.at(i) == fresh.at(i))) {
                    rows[i] = fresh.at(i);
                    Q_EMIT model.dataChanged(model.index(row, 0), model.index(row, lastColumn));
                }
                continue;
            }
            qsizetype found = -1;
            for (qsizetype j = i + 1; j < rows.size(); ++j) {
                if (keyOf(rows.at(j)) == freshKeys.at(i)) {
                    found = j;
                    break;
                }
            }
            if (found >= 0) {
                model.beginMoveRows(QModelIndex(), static_cast<int>(found), static_cast<int>(found), QModelIndex(),
                                    row);
                rows.move(found, i);
                model.endMoveRows();
                if (!(rows.at(i) == fresh.at(i))) {
                    rows[i] = fresh.at(i);
                    Q_EMIT model.dataChanged(model.index(row, 0), model.index(row, lastColumn));
                }
            } else {
                model.beginInsertRows(QModelIndex(), row, row);
                rows.insert(i, fresh.at(i));
                model.endInsertRows();
            }
        }
        // Only left over when `fresh` repeats a key.
        if (rows.size() > fresh.size()) {
            model.beginRemoveRows(QModelIndex(), static_cast<int>(fresh.size()), static_cast<int>(rows.size() - 1));
            rows.resize(fresh.size());
            model.endRemoveRows();
        }
    }
};

} // namespace hydron::ui
