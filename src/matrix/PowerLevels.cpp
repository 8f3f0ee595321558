#include "PowerLevels.h"

namespace atrium::matrix {

namespace {

// Levels are integers; older rooms may carry them as strings ("50").
int asLevel(const QJsonValue &value, int fallback)
{
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

} // namespace

PowerLevels::PowerLevels(const QJsonObject &content, const QString &creator)
    : m_content(content), m_creator(creator)
{}

int PowerLevels::notificationLevel(const QString &key) const
{
    const QJsonObject notifications = m_content.value(QLatin1String("notifications")).toObject();
    return asLevel(notifications.value(key), 50);
}

int PowerLevels::level(const char *key, int fallback) const
{
    return asLevel(m_content.value(QLatin1String(key)), fallback);
}

int PowerLevels::userLevel(const QString &userId) const
{
    if (m_content.isEmpty())
        return !m_creator.isEmpty() && userId == m_creator ? 100 : 0;
    const QJsonValue own = m_content.value(QLatin1String("users")).toObject().value(userId);
    return asLevel(own, level("users_default", 0));
}

int PowerLevels::stateLevel(const QString &eventType) const
{
    const QJsonValue specific =
        m_content.value(QLatin1String("events")).toObject().value(eventType);
    return asLevel(specific, level("state_default", m_content.isEmpty() ? 0 : 50));
}

int PowerLevels::eventLevel(const QString &eventType) const
{
    const QJsonValue specific =
        m_content.value(QLatin1String("events")).toObject().value(eventType);
    return asLevel(specific, level("events_default", 0));
}

bool PowerLevels::canKick(const QString &userId, const QString &target) const
{
    const int own = userLevel(userId);
    return own >= kickLevel() && own > userLevel(target);
}

bool PowerLevels::canChangeLevel(const QString &userId, const QString &target) const
{
    const int own = userLevel(userId);
    return canSetState(userId, QStringLiteral("m.room.power_levels")) &&
           (userId == target || own > userLevel(target));
}

QJsonObject PowerLevels::withUserLevel(const QString &userId, int newLevel) const
{
    QJsonObject content = m_content;
    QJsonObject users = content.value(QLatin1String("users")).toObject();
    if (newLevel == level("users_default", 0))
        users.remove(userId);
    else
        users.insert(userId, newLevel);
    content.insert(QStringLiteral("users"), users);
    return content;
}

} // namespace atrium::matrix
