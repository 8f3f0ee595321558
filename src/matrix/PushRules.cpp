#include "PushRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace atrium::matrix {

namespace {

// For a server that sent no m.push_rules: the spec's predefined rules that
// decide whether a message notifies or highlights (not those for invites,
// members, calls, reactions, tombstones). `@USER` and `LOCALPART` are filled in.
constexpr auto PredefinedRules = R"({
  "override": [
    {"rule_id": ".m.rule.suppress_notices", "enabled": true, "actions": [],
     "conditions": [{"kind": "event_match", "key": "content.msgtype", "pattern": "m.notice"}]},
    {"rule_id": ".m.rule.is_user_mention", "enabled": true,
     "actions": ["notify", {"set_tweak": "highlight"}],
     "conditions": [{"kind": "event_property_contains", "key": "content.m\\.mentions.user_ids",
                     "value": "@USER"}]},
    {"rule_id": ".m.rule.contains_display_name", "enabled": true,
     "actions": ["notify", {"set_tweak": "highlight"}],
     "conditions": [{"kind": "contains_display_name"}]},
    {"rule_id": ".m.rule.is_room_mention", "enabled": true,
     "actions": ["notify", {"set_tweak": "highlight"}],
     "conditions": [{"kind": "event_property_is", "key": "content.m\\.mentions.room", "value": true},
                    {"kind": "sender_notification_permission", "key": "room"}]},
    {"rule_id": ".m.rule.roomnotif", "enabled": true,
     "actions": ["notify", {"set_tweak": "highlight"}],
     "conditions": [{"kind": "sender_notification_permission", "key": "room"},
                    {"kind": "event_match", "key": "content.body", "pattern": "@room"}]},
    {"rule_id": ".m.rule.suppress_edits", "enabled": true, "actions": [],
     "conditions": [{"kind": "event_property_is", "key": "content.m\\.relates_to.rel_type",
                     "value": "m.replace"}]}
  ],
  "content": [
    {"rule_id": ".m.rule.contains_user_name", "enabled": true, "pattern": "LOCALPART",
     "actions": ["notify", {"set_tweak": "highlight"}]}
  ],
  "underride": [
    {"rule_id": ".m.rule.message", "enabled": true, "actions": ["notify"],
     "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.message"}]},
    {"rule_id": ".m.rule.encrypted", "enabled": true, "actions": ["notify"],
     "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.encrypted"}]}
  ]
})";

// Since spec v1.7 these give way to the event's m.mentions, when it has one.
bool isLegacyMentionRule(const QString &ruleId)
{
    return ruleId == QLatin1String(".m.rule.contains_display_name") ||
           ruleId == QLatin1String(".m.rule.contains_user_name") ||
           ruleId == QLatin1String(".m.rule.roomnotif");
}

QJsonObject predefinedRules(const QString &ownUserId)
{
    const QString localpart = ownUserId.mid(1).section(QLatin1Char(':'), 0, 0);
    const QString json = QString::fromUtf8(PredefinedRules)
                             .replace(QLatin1String("@USER"), ownUserId)
                             .replace(QLatin1String("LOCALPART"), localpart);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// "content.m\.mentions.user_ids" → content, m.mentions, user_ids.
QStringList splitKey(const QString &key)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool escape =
            c == QLatin1Char('\\') && i + 1 < key.size() &&
            (key.at(i + 1) == QLatin1Char('.') || key.at(i + 1) == QLatin1Char('\\'));
        if (escape) {
            part += key.at(++i);
        } else if (c == QLatin1Char('.')) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    return parts;
}

QJsonValue valueAt(const QJsonObject &event, const QStringList &path)
{
    QJsonValue value = event;
    for (const QString &part : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

// A word boundary, as the spec defines one: the value's start or end, or a
// character outside [A-Za-z0-9_].
constexpr auto Boundary = "[^A-Za-z0-9_]";

QRegularExpression wordMatch(const QString &regex)
{
    const QString boundary = QLatin1String(Boundary);
    return QRegularExpression(QStringLiteral("(?:^|%1)(?:%2)(?:%1|$)").arg(boundary, regex),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

// `*` any run of characters, `?` any one; matched case-insensitively against
// the whole value, or, for a message's body, anywhere between word boundaries.
QRegularExpression globPattern(const QString &glob, bool inBody)
{
    // Literal runs are escaped whole: one QChar at a time would split the
    // surrogate pairs of characters beyond the BMP (emoji).
    QString regex;
    qsizetype literal = 0;
    for (qsizetype i = 0; i <= glob.size(); ++i) {
        const QChar c = i < glob.size() ? glob.at(i) : QChar();
        if (i < glob.size() && c != QLatin1Char('*') && c != QLatin1Char('?'))
            continue;
        regex += QRegularExpression::escape(QStringView(glob).mid(literal, i - literal));
        if (i < glob.size())
            regex += c == QLatin1Char('*') ? QLatin1String(".*") : QLatin1String(".");
        literal = i + 1;
    }
    if (inBody)
        return wordMatch(regex);
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

PushActions parseActions(const QJsonArray &actions)
{
    PushActions result;
    bool highlightTweak = false;
    for (const QJsonValue &action : actions) {
        if (action.toString() == QLatin1String("notify")) {
            result.notify = true;
        } else if (action.toObject().value(QLatin1String("set_tweak")).toString() ==
                   QLatin1String("highlight")) {
            // No value means true.
            const QJsonValue value = action.toObject().value(QLatin1String("value"));
            highlightTweak = value.isUndefined() || value.toBool();
        }
    }
    result.highlight = result.notify && highlightTweak;
    return result;
}

bool memberCountIs(int count, const QString &is)
{
    qsizetype digits = 0;
    while (digits < is.size() && !is.at(digits).isDigit())
        ++digits;
    const QStringView op = QStringView(is).left(digits);
    bool ok = false;
    const int bound = is.mid(digits).toInt(&ok);
    if (!ok)
        return false;
    if (op.isEmpty() || op == QLatin1String("=="))
        return count == bound;
    if (op == QLatin1String("<"))
        return count < bound;
    if (op == QLatin1String(">"))
        return count > bound;
    if (op == QLatin1String("<="))
        return count <= bound;
    if (op == QLatin1String(">="))
        return count >= bound;
    return false;
}

// Rule ids of `room` and `sender` rules are what they match.
QJsonObject exactMatch(const QString &key, const QString &value)
{
    return {{QStringLiteral("kind"), QStringLiteral("event_match")},
            {QStringLiteral("key"), key},
            {QStringLiteral("pattern"), value}};
}

} // namespace

PushRules PushRules::fromAccountData(const QJsonObject &pushRules, const QString &ownUserId)
{
    QJsonObject global = pushRules.value(QLatin1String("global")).toObject();
    if (global.isEmpty())
        global = predefinedRules(ownUserId);
    PushRules rules;
    for (const char *kind : {"override", "content", "room", "sender", "underride"})
        rules.addRules(global, QLatin1String(kind));
    return rules;
}

void PushRules::addRules(const QJsonObject &global, const QString &kind)
{
    for (const QJsonValue &value : global.value(kind).toArray()) {
        const QJsonObject json = value.toObject();
        if (!json.value(QLatin1String("enabled")).toBool(true))
            continue;
        Rule rule;
        rule.id = json.value(QLatin1String("rule_id")).toString();
        rule.actions = parseActions(json.value(QLatin1String("actions")).toArray());
        rule.legacyMention = isLegacyMentionRule(rule.id);
        QJsonArray conditions = json.value(QLatin1String("conditions")).toArray();
        if (kind == QLatin1String("content")) {
            const QString pattern = json.value(QLatin1String("pattern")).toString();
            if (pattern.isEmpty())
                continue;
            conditions = {exactMatch(QStringLiteral("content.body"), pattern)};
        } else if (kind == QLatin1String("room")) {
            conditions = {exactMatch(QStringLiteral("room_id"), rule.id)};
        } else if (kind == QLatin1String("sender")) {
            conditions = {exactMatch(QStringLiteral("sender"), rule.id)};
        }
        for (const QJsonValue &condition : conditions)
            rule.conditions.append(parseCondition(condition.toObject()));
        m_rules.append(rule);
    }
}

PushRules::Condition PushRules::parseCondition(const QJsonObject &json)
{
    Condition condition;
    condition.kind = json.value(QLatin1String("kind")).toString();
    const QString key = json.value(QLatin1String("key")).toString();
    condition.path = splitKey(key);
    if (condition.kind == QLatin1String("event_match")) {
        condition.pattern = globPattern(json.value(QLatin1String("pattern")).toString(),
                                        key == QLatin1String("content.body"));
    }
    condition.value = json.value(QLatin1String("value"));
    condition.is = json.value(QLatin1String("is")).toString();
    condition.key = key;
    return condition;
}

PushContext::PushContext(QString ownUserId, const QString &ownDisplayName, int memberCount,
                         PowerLevels powerLevels)
    : ownUserId(std::move(ownUserId)), memberCount(memberCount),
      powerLevels(std::move(powerLevels)),
      displayNameInBody(ownDisplayName.isEmpty()
                            ? QRegularExpression()
                            : wordMatch(QRegularExpression::escape(ownDisplayName)))
{}

PushActions PushRules::actionsFor(const QJsonObject &event, const PushContext &context) const
{
    const bool hasMentions =
        event.value(QLatin1String("content")).toObject().contains(QLatin1String("m.mentions"));
    for (const Rule &rule : m_rules) {
        if (rule.legacyMention && hasMentions)
            continue;
        const bool all = std::all_of(
            rule.conditions.cbegin(), rule.conditions.cend(),
            [&](const Condition &condition) { return matches(condition, event, context); });
        if (all)
            return rule.actions;
    }
    return {};
}

bool PushRules::matches(const Condition &condition, const QJsonObject &event,
                        const PushContext &context)
{
    const QString &kind = condition.kind;
    if (kind == QLatin1String("event_match")) {
        const QJsonValue value = valueAt(event, condition.path);
        return value.isString() && condition.pattern.match(value.toString()).hasMatch();
    }
    if (kind == QLatin1String("event_property_is")) {
        const QJsonValue value = valueAt(event, condition.path);
        return !value.isUndefined() && !value.isObject() && !value.isArray() &&
               value == condition.value;
    }
    if (kind == QLatin1String("event_property_contains"))
        return valueAt(event, condition.path).toArray().contains(condition.value);
    if (kind == QLatin1String("contains_display_name")) {
        const QJsonValue body = valueAt(event, {QStringLiteral("content"), QStringLiteral("body")});
        return !context.displayNameInBody.pattern().isEmpty() && body.isString() &&
               context.displayNameInBody.match(body.toString()).hasMatch();
    }
    if (kind == QLatin1String("room_member_count"))
        return memberCountIs(context.memberCount, condition.is);
    if (kind == QLatin1String("sender_notification_permission")) {
        const QString sender = event.value(QLatin1String("sender")).toString();
        return context.powerLevels.userLevel(sender) >=
               context.powerLevels.notificationLevel(condition.key);
    }
    return false; // a kind this client does not know never matches, as the spec asks
}

} // namespace atrium::matrix
