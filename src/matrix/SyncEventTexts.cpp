#include "SyncEventTexts.h"

#include "JsonSkimmer.h"

namespace atrium::matrix {

namespace {

using Texts = QList<QByteArrayView>;

// Each level below reads one object and descends into the members it knows;
// whatever else it meets it passes over. A member that repeats a key
// replaces what the earlier one gave.

// {"events": [...], "limited": …}
qsizetype readSection(QByteArrayView text, Texts *events)
{
    return JsonSkimmer::readObject(text, [&](QByteArrayView key, QByteArrayView rest) {
        if (!JsonSkimmer::keyIs(key, QLatin1String("events")) || !rest.startsWith('['))
            return JsonSkimmer::valueLength(rest);
        events->clear();
        return JsonSkimmer::readArray(rest, [&](QByteArrayView element) {
            const qsizetype length = JsonSkimmer::valueLength(element);
            if (length != JsonSkimmer::Malformed)
                events->append(element.first(length));
            return length;
        });
    });
}

// {"state": {...}, "timeline": {...}, …}
template <typename Map>
qsizetype readObjects(QByteArrayView text, Map *byKey,
                      qsizetype (*read)(QByteArrayView, typename Map::mapped_type *))
{
    return JsonSkimmer::readObject(text, [&](QByteArrayView key, QByteArrayView rest) {
        if (!rest.startsWith('{'))
            return JsonSkimmer::valueLength(rest);
        typename Map::mapped_type value;
        const qsizetype length = read(rest, &value);
        byKey->insert(JsonSkimmer::decodeKey(key), value);
        return length;
    });
}

using Sections = QHash<QString, Texts>;
using Rooms = QHash<QString, Sections>;
using Categories = QHash<QString, Rooms>;

qsizetype readRoom(QByteArrayView text, Sections *sections)
{
    return readObjects(text, sections, &readSection);
}

qsizetype readRooms(QByteArrayView text, Rooms *rooms)
{
    return readObjects(text, rooms, &readRoom);
}

qsizetype readCategories(QByteArrayView text, Categories *categories)
{
    return readObjects(text, categories, &readRooms);
}

} // namespace

SyncEventTexts::SyncEventTexts(QByteArrayView answer)
{
    const qsizetype length =
        JsonSkimmer::readObject(answer, [&](QByteArrayView key, QByteArrayView rest) {
            if (!JsonSkimmer::keyIs(key, QLatin1String("rooms")) || !rest.startsWith('{'))
                return JsonSkimmer::valueLength(rest);
            m_categories.clear();
            return readCategories(rest, &m_categories);
        });
    if (length == JsonSkimmer::Malformed)
        m_categories.clear();
}

QList<QByteArrayView> SyncEventTexts::events(const QString &category, const QString &roomId,
                                             const QString &section) const
{
    return m_categories.value(category).value(roomId).value(section);
}

} // namespace atrium::matrix
