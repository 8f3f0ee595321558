#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace atrium::matrix {

// Intentional mentions (m.mentions): a message says whom it mentions
// instead of receivers guessing from its text. A mention is typed as a
// Markdown link to the user's matrix.to address (the composer inserts one:
// a "pill"); the HTML keeps the link, the plain body only the name.
// Whether a message mentions us is for the push rules to say (PushRules).
class Mentions
{
public:
    // The address a pill links to.
    static QString userLink(const QString &userId);
    // The user ids that matrix.to links in `markdown` point at, in order, once each.
    static QStringList linkedUsers(const QString &markdown);
    // Adds m.mentions to a message made from `markdown` (the linked users;
    // an empty object when none, so receivers do not guess from the text);
    // the body keeps the names of the links only. A reply adds its parent's
    // sender (Relations::reply).
    static QJsonObject addTo(QJsonObject content, const QString &markdown);
    // The markdown a message was typed as, for editing it: `body` with the
    // names that `formattedBody` links to users made links again, in order.
    static QString typedMarkdown(const QString &body, const QString &formattedBody);
};

} // namespace atrium::matrix
