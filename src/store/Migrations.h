#pragma once

#include <QStringList>

namespace atrium::store {

// The schema as a list of steps: step N takes a database from user_version
// N to N+1. Steps are only ever appended, never edited once released, so any
// older database can be brought up to date.
class Migrations
{
public:
    static const QList<QStringList> &steps();
};

} // namespace atrium::store
