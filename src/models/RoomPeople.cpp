#include "RoomPeople.h"

#include "store/TimelineEvent.h"

#include <QVariantMap>
#include <algorithm>

namespace atrium::models {

void RoomPeople::clear()
{
    m_names.clear();
    m_avatars.clear();
    m_readers.clear();
    m_typing.clear();
}

void RoomPeople::addMembers(const QHash<QString, QString> &names,
                            const QHash<QString, QString> &avatars)
{
    m_names.insert(names);
    m_avatars.insert(avatars);
}

void RoomPeople::applyMemberEvent(const store::TimelineEvent &event)
{
    const QString userId = event.json.value(QLatin1String("state_key")).toString();
    const QString name = event.content.value(QLatin1String("displayname")).toString();
    if (!name.isEmpty())
        m_names.insert(userId, name);
    m_avatars.insert(userId, event.content.value(QLatin1String("avatar_url")).toString());
}

void RoomPeople::learnFrom(const QList<store::TimelineEvent> &events)
{
    for (const auto &event : events) {
        if (event.type != QLatin1String("m.room.member"))
            continue;
        const QString userId = event.json.value(QLatin1String("state_key")).toString();
        const QString name = event.content.value(QLatin1String("displayname")).toString();
        if (!name.isEmpty() && !m_names.contains(userId))
            m_names.insert(userId, name);
        const QString avatar = event.content.value(QLatin1String("avatar_url")).toString();
        if (!avatar.isEmpty() && !m_avatars.contains(userId))
            m_avatars.insert(userId, avatar);
    }
}

QString RoomPeople::nameOf(const QString &userId) const
{
    const QString name = m_names.value(userId);
    return name.isEmpty() ? userId : name;
}

QVariantList RoomPeople::completions(const QString &prefix, int limit) const
{
    const QString wanted = prefix.startsWith(QLatin1Char('@')) ? prefix.mid(1) : prefix;
    QList<QPair<QString, QString>> starting, containing; // (name, user id)
    for (auto it = m_names.begin(); it != m_names.end(); ++it) {
        if (it.key() == m_self)
            continue;
        const QString name = it.value().isEmpty() ? it.key() : it.value();
        const QString localpart = it.key().mid(1).section(QLatin1Char(':'), 0, 0);
        if (name.startsWith(wanted, Qt::CaseInsensitive) ||
            localpart.startsWith(wanted, Qt::CaseInsensitive))
            starting.append({name, it.key()});
        else if (name.contains(wanted, Qt::CaseInsensitive) ||
                 it.key().contains(wanted, Qt::CaseInsensitive))
            containing.append({name, it.key()});
    }
    auto byName = [](const QPair<QString, QString> &a, const QPair<QString, QString> &b) {
        const int order = a.first.compare(b.first, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.second < b.second;
    };
    std::sort(starting.begin(), starting.end(), byName);
    std::sort(containing.begin(), containing.end(), byName);
    QVariantList found;
    for (const auto &[name, userId] : starting + containing) {
        if (found.size() >= limit)
            break;
        found.append(
            QVariantMap{{QStringLiteral("userId"), userId}, {QStringLiteral("name"), name}});
    }
    return found;
}

QSet<QString> RoomPeople::setReceipts(const QHash<QString, QString> &receipts)
{
    QHash<QString, QStringList> readers;
    for (auto it = receipts.begin(); it != receipts.end(); ++it) {
        if (it.key() != m_self)
            readers[it.value()].append(it.key());
    }
    for (auto &users : readers)
        users.sort();
    QSet<QString> changed;
    for (auto it = readers.begin(); it != readers.end(); ++it) {
        if (m_readers.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_readers.begin(); it != m_readers.end(); ++it) {
        if (!readers.contains(it.key()))
            changed.insert(it.key());
    }
    m_readers = readers;
    return changed;
}

QVariantList RoomPeople::readersOf(const QString &eventId) const
{
    QVariantList readers;
    if (eventId.isEmpty())
        return readers;
    for (const QString &userId : m_readers.value(eventId))
        readers.append(QVariantMap{{QStringLiteral("userId"), userId},
                                   {QStringLiteral("name"), nameOf(userId)},
                                   {QStringLiteral("avatarUrl"), avatarOf(userId)}});
    return readers;
}

bool RoomPeople::setTyping(const QStringList &userIds)
{
    QStringList others = userIds;
    others.removeAll(m_self);
    if (others == m_typing)
        return false;
    m_typing = others;
    return true;
}

QStringList RoomPeople::typingNames() const
{
    QStringList names;
    for (const QString &userId : m_typing)
        names.append(nameOf(userId));
    return names;
}

} // namespace atrium::models
