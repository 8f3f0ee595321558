#pragma once

#include "TimelineRow.h"

#include <QHash>
#include <QJsonObject>
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
    // Whether the push rules highlight an event (type, sender, content).
    using Highlights = std::function<bool(const QJsonObject &event)>;

    // Where a local echo of a file message keeps its file's path (in the
    // row's event json, never sent).
    static constexpr QLatin1String LocalFileKey{"atrium_local_file"};

    TimelinePresenter(NameOf nameOf, Highlights highlights)
        : m_nameOf(std::move(nameOf)), m_highlights(std::move(highlights))
    {}

    // `previous` is the row shown before (nullptr for the first); `self`
    // our user id. `role` is one of TimelineModel::Roles.
    QVariant value(const TimelineRow &row, const TimelineRow *previous, int role,
                   const QString &self) const;
    static QHash<int, QByteArray> roleNames();
    static QString actionText(const TimelineRow &row);

private:
    bool mentionsMe(const TimelineRow &row) const;

    NameOf m_nameOf;
    Highlights m_highlights;
};

} // namespace atrium::models
