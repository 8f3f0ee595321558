#pragma once

#include "TimelineRow.h"

#include <QHash>
#include <QLatin1String>
#include <QVariant>
#include <functional>

namespace atrium::models {

// What TimelineModel's roles say about one row: the text to show (latest
// edit, reply quote, state line), grouping, reactions with names, what we
// may do with it. Pure: it reads the row and its predecessor on screen.
class TimelinePresenter
{
public:
    using NameOf = std::function<QString(const QString &userId)>;

    // Where a local echo of a file message keeps its file's path (in the
    // row's event json, never sent).
    static constexpr QLatin1String LocalFileKey{"atrium_local_file"};

    explicit TimelinePresenter(NameOf nameOf) : m_nameOf(std::move(nameOf)) {}

    // `previous` is the row shown before (nullptr for the first); `self`
    // our user id. `role` is one of TimelineModel::Roles.
    QVariant value(const TimelineRow &row, const TimelineRow *previous, int role,
                   const QString &self) const;
    static QHash<int, QByteArray> roleNames();
    static QString actionText(const TimelineRow &row);

private:
    NameOf m_nameOf;
};

} // namespace atrium::models
