#pragma once

#include "PowerLevels.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace atrium::matrix {

// What the push rules ask for one event.
struct PushActions
{
    bool notify = false;
    bool highlight = false; // a mention: only counted when it also notifies
};

// What conditions need to know besides the event itself.
struct PushContext
{
    PushContext() = default;
    PushContext(QString ownUserId, const QString &ownDisplayName, int memberCount,
                PowerLevels powerLevels);

    QString ownUserId;
    int memberCount = 0; // joined members
    PowerLevels powerLevels;
    // Our display name in the room as a whole word of a body: compiled once
    // for all the room's events. Empty when we have no display name.
    QRegularExpression displayNameInBody;
};

// The account's push rules (the content of the m.push_rules account data),
// evaluated on the client as the spec's push-rules module describes. The
// server evaluates them too, but cannot read encrypted messages: a mention
// inside one is only found here, after decryption.
class PushRules
{
public:
    // With no rules stored (a server that sent none), the spec's predefined
    // mention rules.
    static PushRules fromAccountData(const QJsonObject &pushRules, const QString &ownUserId);

    // `event` as a client sees it (type, content, sender, room_id, state_key).
    PushActions actionsFor(const QJsonObject &event, const PushContext &context) const;

private:
    struct Condition
    {
        QString kind;
        QString key;
        QStringList path; // the key, split at unescaped dots
        QRegularExpression pattern;
        QJsonValue value;
        QString is; // room_member_count
    };
    struct Rule
    {
        QString id;
        QList<Condition> conditions;
        PushActions actions;
        bool legacyMention = false; // not applied to events with m.mentions
    };

    void addRules(const QJsonObject &global, const QString &kind);
    static Condition parseCondition(const QJsonObject &condition);
    static bool matches(const Condition &condition, const QJsonObject &event,
                        const PushContext &context);

    QList<Rule> m_rules; // enabled ones, in the order they are tried
};

} // namespace atrium::matrix
