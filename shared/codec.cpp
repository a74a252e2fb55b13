#include "codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <limits>

namespace palaver::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1: exact in every JSON parser

/// Nesting depth of arrays and objects, counted without parsing so that a hostile frame of a
/// million brackets costs one linear scan and no recursion.
bool nestsDeeperThan(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

/// Qt's parser only takes an object or an array at the top level, but "42" or "\"hi\"" is
/// valid JSON all the same: the sender needs to hear "not an object", not "not JSON".
bool isJsonScalar(QByteArrayView json)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json.toByteArray() + ']');
    return wrapped.isArray() && wrapped.array().size() == 1;
}

/// Qt's parser takes a U+FEFF that begins a string for a byte order mark and drops it, so
/// "\xEF\xBB\xBFx" would arrive as "x" (and a "\ufeffx" that encode() writes back raw would
/// lose it). Spelled as an escape it survives. Outside strings the escape is as invalid as the
/// raw character was; one before the whole document stays an ignored byte order mark.
QByteArray escapeByteOrderMarks(QByteArrayView utf8)
{
    QByteArray json = utf8.toByteArray();
    qsizetype from = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while ((from = json.indexOf("\xEF\xBB\xBF", from)) >= 0) {
        json.replace(from, 3, "\\ufeff");
        from += 6;
    }
    return json;
}

/// Reads typed fields from one JSON object and keeps the first problem it meets, so each
/// message decoder reads like a list of fields and checks for failure once at the end.
class Reader
{
public:
    explicit Reader(const QJsonObject &object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    {}

    bool failed() const { return m_error.has_value(); }
    DecodeError error() const { return *m_error; }

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            wrongType(key, "a string");
            return {};
        }
        return value.toString();
    }

    QString optionalString(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            wrongType(key, "a string");
            return {};
        }
        return value.toString();
    }

    qint64 integer(QLatin1StringView key, qint64 min, qint64 max)
    {
        const QJsonValue value = require(key);
        if (value.isUndefined())
            return 0;
        if (!value.isDouble()) {
            wrongType(key, "a number");
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number ||
            std::fabs(number) > kMaxSafeInteger || number < double(min) || number > double(max)) {
            fail(ErrorCode::BadValue,
                 u"The field \"%1\" must be a whole number from %2 to %3."_s.arg(
                     name(key), QString::number(min), QString::number(max)),
                 key);
            return 0;
        }
        return qint64(number);
    }

    bool boolean(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            wrongType(key, "true or false");
            return false;
        }
        return value.toBool();
    }

    std::optional<bool> optionalBoolean(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool()) {
            wrongType(key, "true or false");
            return std::nullopt;
        }
        return value.toBool();
    }

    /// Each element of an array of objects, read by `readOne` with its own prefixed reader.
    template <typename T, typename ReadOne>
    QList<T> objects(QLatin1StringView key, ReadOne readOne, bool required = true)
    {
        QList<T> result;
        const QJsonValue value = m_object.value(key);
        if (!required && (value.isUndefined() || value.isNull()))
            return result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            if (!items.at(i).isObject()) {
                fail(ErrorCode::WrongType,
                     u"Each entry of \"%1\" must be an object."_s.arg(name(key)), key);
                break;
            }
            const QJsonObject item = items.at(i).toObject();
            Reader reader(item, u"%1[%2]."_s.arg(name(key)).arg(i));
            result.append(readOne(reader));
            adopt(reader);
        }
        return result;
    }

    QUuid uuid(QLatin1StringView key)
    {
        const QString text = string(key);
        if (failed())
            return {};
        return parseUuid(key, text);
    }

    std::optional<QUuid> optionalUuid(QLatin1StringView key)
    {
        const QString text = optionalString(key);
        if (failed() || text.isEmpty())
            return std::nullopt;
        return parseUuid(key, text);
    }

    QDateTime time(QLatin1StringView key)
    {
        const QString text = string(key);
        if (failed())
            return {};
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        // An offset can carry a time out of the years 1 to 9999 ("0001-01-01T00:00:00+01:00"
        // is in 1 BC in UTC), and formatTime() writes those as "": the time could not be sent on.
        const int utcYear = time.toUTC().date().year();
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime || utcYear < 1 || utcYear > 9999) {
            fail(ErrorCode::BadValue,
                 u"The field \"%1\" must be a UTC time such as \"2026-11-21T09:30:00.000Z\"."_s.arg(
                     name(key)),
                 key);
            return {};
        }
        return time.toUTC();
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            wrongType(key, "an array");
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            wrongType(key, "an object");
            return {};
        }
        return value.toObject();
    }

    /// Adopts the failure of a nested reader, so the outer one reports it.
    void adopt(const Reader &inner)
    {
        if (!failed() && inner.failed())
            m_error = inner.m_error;
    }

    void fail(ErrorCode code, const QString &message, QLatin1StringView key)
    {
        if (!m_error)
            m_error = DecodeError{code, message, name(key)};
    }

    QString name(QLatin1StringView key) const { return m_prefix + key; }
    bool has(QLatin1StringView key) const { return !m_object.value(key).isUndefined(); }

private:
    QJsonValue require(QLatin1StringView key)
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            fail(ErrorCode::MissingField, u"The field \"%1\" is missing."_s.arg(name(key)), key);
        return value;
    }

    void wrongType(QLatin1StringView key, const char *expected)
    {
        fail(ErrorCode::WrongType,
             u"The field \"%1\" must be %2."_s.arg(name(key), QLatin1StringView(expected)), key);
    }

    QUuid parseUuid(QLatin1StringView key, const QString &text)
    {
        // Exactly the 36-character form: QUuid::fromString also takes braces and trailing junk.
        const QUuid id = text.size() == 36 ? QUuid::fromString(text) : QUuid();
        if (id.isNull()) {
            fail(ErrorCode::BadValue,
                 u"The field \"%1\" must be a UUID such as "
                 u"\"3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a47\"."_s.arg(name(key)),
                 key);
            return {};
        }
        return id;
    }

    const QJsonObject &m_object;
    QString m_prefix;
    std::optional<DecodeError> m_error;
};

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kSeqMax = qint64(kMaxSafeInteger);
constexpr qint64 kMaxFetch = kMaxFetchLimit;

Limits readLimits(Reader &outer, const QJsonObject &object)
{
    Reader reader(object, u"limits."_s);
    Limits limits;
    limits.maxMessageBytes = reader.integer("maxMessageBytes"_L1, 1, kIntMax);
    limits.maxTextLength = int(reader.integer("maxTextLength"_L1, 1, kIntMax));
    limits.maxNickLength = int(reader.integer("maxNickLength"_L1, 1, kIntMax));
    limits.maxJsonDepth = int(reader.integer("maxJsonDepth"_L1, 1, kIntMax));
    outer.adopt(reader);
    return limits;
}

/// Wire spellings of the small enums; the index is the enum's value.
constexpr QStringView kStatusNames[] = {u"online", u"away", u"offline"};
constexpr QStringView kKindNames[] = {u"text", u"action", u"topic", u"join", u"leave", u"nick"};
/// What a client may send: the first kinds only (MessageKind's order); events are the server's.
constexpr QStringView kSendKindNames[] = {u"text", u"action", u"topic"};
constexpr QStringView kEventNames[] = {u"join", u"leave", u"status", u"nick"};

template <typename Enum, size_t N>
Enum readEnum(Reader &r, QLatin1StringView key, const QStringView (&names)[N],
              std::optional<Enum> fallback = std::nullopt)
{
    const QString text = fallback ? r.optionalString(key) : r.string(key);
    if (r.failed())
        return Enum{};
    if (text.isEmpty() && fallback)
        return *fallback;
    for (size_t i = 0; i < N; ++i) {
        if (names[i] == text)
            return Enum(i);
    }
    QStringList quoted;
    for (const QStringView name : names)
        quoted.append(u'"' + name.toString() + u'"');
    r.fail(ErrorCode::BadValue,
           u"The field \"%1\" must be one of %2."_s.arg(r.name(key), quoted.join(u", "_s)), key);
    return Enum{};
}

template <typename Enum, size_t N> QString enumName(Enum value, const QStringView (&names)[N])
{
    return names[size_t(value)].toString();
}

/// A message's kind. One this codec does not know (from a newer server) reads as text, as
/// docs/protocol.md promises: the message is still shown.
MessageKind readMessageKind(Reader &r)
{
    const QString text = r.optionalString("kind"_L1);
    if (r.failed())
        return MessageKind::Text;
    for (size_t i = 0; i < std::size(kKindNames); ++i) {
        if (kKindNames[i] == text)
            return MessageKind(i);
    }
    return MessageKind::Text;
}

Member readMember(Reader &reader)
{
    Member member;
    member.nick = reader.string("nick"_L1);
    member.status = readEnum<Status>(reader, "status"_L1, kStatusNames, Status::Online);
    return member;
}

QJsonArray membersJson(const QList<Member> &members)
{
    QJsonArray array;
    for (const Member &member : members) {
        array.append(QJsonObject{{"nick"_L1, member.nick},
                                 {"status"_L1, enumName(member.status, kStatusNames)}});
    }
    return array;
}

RoomInfo readRoomInfo(Reader &r)
{
    RoomInfo room;
    room.name = r.string("name"_L1);
    room.topic = r.optionalString("topic"_L1);
    room.peer = r.optionalString("peer"_L1);
    room.members = r.objects<Member>("members"_L1, readMember);
    room.lastSeq = r.integer("lastSeq"_L1, 0, kSeqMax);
    room.lastRead = r.integer("lastRead"_L1, 0, kSeqMax);
    room.unread = r.integer("unread"_L1, 0, kSeqMax);
    if (!r.failed() && r.has("memberCount"_L1))
        room.memberCount = r.integer("memberCount"_L1, 0, kSeqMax);
    return room;
}

QJsonObject roomInfoJson(const RoomInfo &room)
{
    QJsonObject o{{"name"_L1, room.name},
                  {"members"_L1, membersJson(room.members)},
                  {"lastSeq"_L1, room.lastSeq},
                  {"lastRead"_L1, room.lastRead},
                  {"unread"_L1, room.unread}};
    if (!room.topic.isEmpty())
        o.insert("topic"_L1, room.topic);
    if (!room.peer.isEmpty())
        o.insert("peer"_L1, room.peer);
    if (room.memberCount > 0)
        o.insert("memberCount"_L1, room.memberCount);
    return o;
}

ChatMessage readChatMessage(Reader &r)
{
    ChatMessage m;
    m.room = r.string("room"_L1);
    m.seq = r.integer("seq"_L1, 1, kSeqMax);
    m.id = r.uuid("id"_L1);
    m.time = r.time("time"_L1);
    m.nick = r.string("nick"_L1);
    m.text = r.string("text"_L1);
    m.kind = readMessageKind(r);
    return m;
}

QJsonObject chatMessageJson(const ChatMessage &m)
{
    QJsonObject o{
        {"room"_L1, m.room},
        {"seq"_L1, m.seq},
        {"id"_L1, m.id.toString(QUuid::WithoutBraces)},
        {"time"_L1, formatTime(m.time)},
        {"nick"_L1, m.nick},
        {"text"_L1, m.text},
    };
    if (m.kind != MessageKind::Text) // plain text is the default: old peers see the same
        o.insert("kind"_L1, enumName(m.kind, kKindNames));
    return o;
}

QJsonArray chatMessagesJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(chatMessageJson(message));
    return array;
}

Message readMessage(Reader &r, QStringView type)
{
    if (type == u"hello") {
        Hello m;
        m.protocol = int(r.integer("protocol"_L1, 1, kIntMax));
        m.nick = r.string("nick"_L1);
        m.client = r.optionalString("client"_L1);
        m.password = r.optionalString("password"_L1);
        m.token = r.optionalString("token"_L1);
        m.resume = r.objects<ResumePoint>(
            "resume"_L1,
            [](Reader &reader) {
                ResumePoint point;
                point.room = reader.string("room"_L1);
                point.epoch = reader.string("epoch"_L1);
                point.seq = reader.integer("seq"_L1, 0, kSeqMax);
                return point;
            },
            false);
        return m;
    }
    if (type == u"welcome") {
        Welcome m;
        m.protocol = int(r.integer("protocol"_L1, 1, kIntMax));
        m.server = r.string("server"_L1);
        m.name = r.string("name"_L1);
        m.nick = r.string("nick"_L1);
        m.room = r.string("room"_L1);
        m.epoch = r.string("epoch"_L1);
        m.members = r.objects<Member>("members"_L1, readMember);
        const QJsonObject limits = r.object("limits"_L1);
        if (!r.failed())
            m.limits = readLimits(r, limits);
        m.rooms = r.objects<RoomInfo>("rooms"_L1, readRoomInfo, false);
        return m;
    }
    if (type == u"send") {
        Send m;
        m.id = r.uuid("id"_L1);
        m.room = r.string("room"_L1);
        m.text = r.string("text"_L1);
        m.kind = readEnum<MessageKind>(r, "kind"_L1, kSendKindNames, MessageKind::Text);
        return m;
    }
    if (type == u"ack") {
        Ack m;
        m.id = r.uuid("id"_L1);
        m.room = r.string("room"_L1);
        m.seq = r.integer("seq"_L1, 1, kSeqMax);
        m.time = r.time("time"_L1);
        return m;
    }
    if (type == u"message")
        return readChatMessage(r);
    if (type == u"fetch") {
        Fetch m;
        m.room = r.string("room"_L1);
        m.before = r.integer("before"_L1, 1, kSeqMax);
        m.limit = int(r.integer("limit"_L1, 1, kMaxFetch));
        return m;
    }
    if (type == u"history") {
        History m;
        m.room = r.string("room"_L1);
        m.epoch = r.string("epoch"_L1);
        m.messages = r.objects<ChatMessage>("messages"_L1, readChatMessage);
        m.hasMore = r.boolean("hasMore"_L1);
        m.recovered = r.optionalBoolean("recovered"_L1);
        return m;
    }
    if (type == u"presence") {
        Presence m;
        m.nick = r.string("nick"_L1);
        m.event = readEnum<Presence::Event>(r, "event"_L1, kEventNames);
        // Joining and leaving happen in a room; a status or a nickname is the person's own.
        const bool inRoom = m.event == Presence::Event::Join || m.event == Presence::Event::Leave;
        m.room = inRoom ? r.string("room"_L1) : r.optionalString("room"_L1);
        if (inRoom && m.room.isEmpty() && !r.failed()) {
            // The encoder leaves an empty room out: a join or leave without one can't be sent.
            r.fail(ErrorCode::BadValue, u"A join or leave names its room."_s, "room"_L1);
        }
        m.time = r.time("time"_L1);
        // Only a join and a status change carry a status; on a leave or a nickname change the
        // field means nothing and is ignored like any unknown field.
        if (m.event == Presence::Event::Status)
            m.status = readEnum<Status>(r, "status"_L1, kStatusNames);
        else if (m.event == Presence::Event::Join)
            m.status = readEnum<Status>(r, "status"_L1, kStatusNames, Status::Online);
        if (m.event == Presence::Event::Nick)
            m.newNick = r.string("newNick"_L1);
        return m;
    }
    if (type == u"error") {
        Error m;
        const QString code = r.string("code"_L1);
        // A newer peer may send a code this build doesn't know; it is still an error.
        m.code = errorCodeFromName(code).value_or(ErrorCode::Unrecognized);
        m.message = r.string("message"_L1);
        m.id = r.optionalUuid("id"_L1);
        m.suggestion = r.optionalString("suggestion"_L1);
        return m;
    }
    if (type == u"join")
        return Join{r.string("room"_L1)};
    if (type == u"joined") {
        const QJsonObject room = r.object("room"_L1);
        if (r.failed())
            return Joined{};
        Reader reader(room, u"room."_s);
        Joined m{readRoomInfo(reader)};
        r.adopt(reader);
        return m;
    }
    if (type == u"leave")
        return Leave{r.string("room"_L1)};
    if (type == u"left")
        return Left{r.string("room"_L1)};
    if (type == u"nick")
        return NickChange{r.string("nick"_L1)};
    if (type == u"status") {
        SetStatus m;
        m.status = readEnum<Status>(r, "status"_L1, kStatusNames);
        if (!r.failed() && m.status == Status::Offline)
            r.fail(ErrorCode::BadValue,
                   u"The field \"status\" must be \"online\" or \"away\"; a client goes "
                   u"offline by disconnecting."_s,
                   "status"_L1);
        return m;
    }
    if (type == u"typing") {
        Typing m;
        m.room = r.string("room"_L1);
        m.nick = r.optionalString("nick"_L1);
        m.active = r.optionalBoolean("active"_L1).value_or(true);
        return m;
    }
    if (type == u"read") {
        Read m;
        m.room = r.string("room"_L1);
        m.seq = r.integer("seq"_L1, 0, kSeqMax);
        return m;
    }
    if (type == u"search") {
        Search m;
        m.query = r.string("query"_L1);
        m.room = r.optionalString("room"_L1);
        m.limit = 50;
        if (!r.failed() && r.has("limit"_L1))
            m.limit = int(r.integer("limit"_L1, 1, kMaxSearchLimit));
        if (!r.failed() && (m.query.trimmed().isEmpty() || m.query.size() > kMaxSearchQueryLength))
            r.fail(
                ErrorCode::BadValue,
                u"The field \"query\" must hold 1 to %1 characters."_s.arg(kMaxSearchQueryLength),
                "query"_L1);
        if (!r.failed())
            m.tag = r.optionalString("tag"_L1);
        if (!r.failed() && m.tag.size() > kMaxSearchTagLength)
            r.fail(ErrorCode::BadValue,
                   u"The field \"tag\" may hold at most %1 characters."_s.arg(kMaxSearchTagLength),
                   "tag"_L1);
        return m;
    }
    if (type == u"results") {
        Results m;
        m.query = r.string("query"_L1);
        m.messages = r.objects<ChatMessage>("messages"_L1, readChatMessage);
        m.hasMore = r.boolean("hasMore"_L1);
        m.tag = r.optionalString("tag"_L1);
        return m;
    }
    if (type == u"list")
        return ListRooms{};
    if (type == u"rooms") {
        RoomList m;
        m.rooms = r.objects<RoomSummary>("rooms"_L1, [](Reader &reader) {
            RoomSummary room;
            room.name = reader.string("name"_L1);
            room.topic = reader.optionalString("topic"_L1);
            room.members = int(reader.integer("members"_L1, 0, kIntMax));
            return room;
        });
        return m;
    }
    if (type == u"members") {
        Members m;
        m.room = r.string("room"_L1);
        m.members = r.objects<Member>("members"_L1, readMember, false);
        if (!r.failed() && r.has("total"_L1))
            m.total = r.integer("total"_L1, 0, kSeqMax);
        if (!r.failed() && r.has("online"_L1))
            m.online = r.integer("online"_L1, 0, kSeqMax);
        return m;
    }
    r.fail(ErrorCode::UnknownType, u"The message type \"%1\" is not known."_s.arg(type), "type"_L1);
    return Error{};
}

QJsonObject toJson(const Message &message)
{
    QJsonObject o;
    o.insert("type"_L1, typeName(message));
    std::visit(
        [&o](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Hello>) {
                o.insert("protocol"_L1, m.protocol);
                o.insert("nick"_L1, m.nick);
                if (!m.client.isEmpty())
                    o.insert("client"_L1, m.client);
                if (!m.password.isEmpty())
                    o.insert("password"_L1, m.password);
                if (!m.token.isEmpty())
                    o.insert("token"_L1, m.token);
                if (!m.resume.isEmpty()) {
                    QJsonArray points;
                    for (const ResumePoint &point : m.resume) {
                        points.append(QJsonObject{{"room"_L1, point.room},
                                                  {"epoch"_L1, point.epoch},
                                                  {"seq"_L1, point.seq}});
                    }
                    o.insert("resume"_L1, points);
                }
            } else if constexpr (std::is_same_v<T, Welcome>) {
                o.insert("protocol"_L1, m.protocol);
                o.insert("server"_L1, m.server);
                o.insert("name"_L1, m.name);
                o.insert("nick"_L1, m.nick);
                o.insert("room"_L1, m.room);
                o.insert("epoch"_L1, m.epoch);
                o.insert("members"_L1, membersJson(m.members));
                o.insert("limits"_L1, QJsonObject{
                                          {"maxMessageBytes"_L1, m.limits.maxMessageBytes},
                                          {"maxTextLength"_L1, m.limits.maxTextLength},
                                          {"maxNickLength"_L1, m.limits.maxNickLength},
                                          {"maxJsonDepth"_L1, m.limits.maxJsonDepth},
                                      });
                QJsonArray rooms;
                for (const RoomInfo &room : m.rooms)
                    rooms.append(roomInfoJson(room));
                o.insert("rooms"_L1, rooms);
            } else if constexpr (std::is_same_v<T, Send>) {
                o.insert("id"_L1, m.id.toString(QUuid::WithoutBraces));
                o.insert("room"_L1, m.room);
                o.insert("text"_L1, m.text);
                if (m.kind != MessageKind::Text)
                    o.insert("kind"_L1, enumName(m.kind, kKindNames));
            } else if constexpr (std::is_same_v<T, Ack>) {
                o.insert("id"_L1, m.id.toString(QUuid::WithoutBraces));
                o.insert("room"_L1, m.room);
                o.insert("seq"_L1, m.seq);
                o.insert("time"_L1, formatTime(m.time));
            } else if constexpr (std::is_same_v<T, ChatMessage>) {
                const QJsonObject fields = chatMessageJson(m);
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    o.insert(it.key(), it.value());
            } else if constexpr (std::is_same_v<T, Fetch>) {
                o.insert("room"_L1, m.room);
                o.insert("before"_L1, m.before);
                o.insert("limit"_L1, m.limit);
            } else if constexpr (std::is_same_v<T, History>) {
                o.insert("room"_L1, m.room);
                o.insert("epoch"_L1, m.epoch);
                o.insert("messages"_L1, chatMessagesJson(m.messages));
                o.insert("hasMore"_L1, m.hasMore);
                if (m.recovered)
                    o.insert("recovered"_L1, *m.recovered);
            } else if constexpr (std::is_same_v<T, Presence>) {
                if (!m.room.isEmpty())
                    o.insert("room"_L1, m.room);
                o.insert("nick"_L1, m.nick);
                o.insert("event"_L1, enumName(m.event, kEventNames));
                o.insert("time"_L1, formatTime(m.time));
                if (m.event == Presence::Event::Join || m.event == Presence::Event::Status)
                    o.insert("status"_L1, enumName(m.status, kStatusNames));
                if (m.event == Presence::Event::Nick)
                    o.insert("newNick"_L1, m.newNick);
            } else if constexpr (std::is_same_v<T, Error>) {
                o.insert("code"_L1, errorCodeName(m.code));
                o.insert("message"_L1, m.message);
                if (m.id)
                    o.insert("id"_L1, m.id->toString(QUuid::WithoutBraces));
                if (!m.suggestion.isEmpty())
                    o.insert("suggestion"_L1, m.suggestion);
            } else if constexpr (std::is_same_v<T, Join> || std::is_same_v<T, Leave> ||
                                 std::is_same_v<T, Left>) {
                o.insert("room"_L1, m.room);
            } else if constexpr (std::is_same_v<T, Joined>) {
                o.insert("room"_L1, roomInfoJson(m.room));
            } else if constexpr (std::is_same_v<T, NickChange>) {
                o.insert("nick"_L1, m.nick);
            } else if constexpr (std::is_same_v<T, SetStatus>) {
                o.insert("status"_L1, enumName(m.status, kStatusNames));
            } else if constexpr (std::is_same_v<T, Typing>) {
                o.insert("room"_L1, m.room);
                if (!m.nick.isEmpty())
                    o.insert("nick"_L1, m.nick);
                o.insert("active"_L1, m.active);
            } else if constexpr (std::is_same_v<T, Read>) {
                o.insert("room"_L1, m.room);
                o.insert("seq"_L1, m.seq);
            } else if constexpr (std::is_same_v<T, Search>) {
                o.insert("query"_L1, m.query);
                if (!m.room.isEmpty())
                    o.insert("room"_L1, m.room);
                o.insert("limit"_L1, m.limit);
                if (!m.tag.isEmpty())
                    o.insert("tag"_L1, m.tag);
            } else if constexpr (std::is_same_v<T, Results>) {
                o.insert("query"_L1, m.query);
                o.insert("messages"_L1, chatMessagesJson(m.messages));
                o.insert("hasMore"_L1, m.hasMore);
                if (!m.tag.isEmpty())
                    o.insert("tag"_L1, m.tag);
            } else if constexpr (std::is_same_v<T, RoomList>) {
                QJsonArray rooms;
                for (const RoomSummary &room : m.rooms) {
                    QJsonObject entry{{"name"_L1, room.name}, {"members"_L1, room.members}};
                    if (!room.topic.isEmpty())
                        entry.insert("topic"_L1, room.topic);
                    rooms.append(entry);
                }
                o.insert("rooms"_L1, rooms);
            } else if constexpr (std::is_same_v<T, Members>) {
                o.insert("room"_L1, m.room);
                if (!m.members.isEmpty())
                    o.insert("members"_L1, membersJson(m.members));
                if (m.total > 0)
                    o.insert("total"_L1, m.total);
                if (m.online > 0)
                    o.insert("online"_L1, m.online);
            }
        },
        message);
    return o;
}

} // namespace

QString typeName(const Message &message)
{
    static constexpr QStringView names[] = {
        u"hello",   u"welcome", u"send",    u"ack",   u"message", u"presence", u"error",  u"fetch",
        u"history", u"join",    u"joined",  u"leave", u"left",    u"nick",     u"status", u"typing",
        u"read",    u"search",  u"results", u"list",  u"rooms",   u"members"};
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return names[message.index()].toString();
}

DecodeResult decode(QByteArrayView utf8, const Limits &limits)
{
    if (utf8.size() > limits.maxMessageBytes) {
        return DecodeError{
            ErrorCode::TooLarge,
            u"The message is %1 bytes; the limit is %2 bytes."_s.arg(
                QString::number(utf8.size()), QString::number(limits.maxMessageBytes)),
            {}};
    }
    if (nestsDeeperThan(utf8, limits.maxJsonDepth)) {
        return DecodeError{ErrorCode::TooDeep,
                           u"The message nests arrays or objects more than %1 levels deep."_s.arg(
                               limits.maxJsonDepth),
                           {}};
    }
    // Qt's parser checks UTF-8 only inside strings; a stray byte elsewhere is "bad JSON" to it.
    if (!utf8.isValidUtf8())
        return DecodeError{ErrorCode::InvalidUtf8, u"The message is not valid UTF-8."_s, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(escapeByteOrderMarks(utf8), &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String)
        return DecodeError{ErrorCode::InvalidUtf8, u"The message is not valid UTF-8."_s, {}};
    if (parseError.error != QJsonParseError::NoError && isJsonScalar(utf8))
        return DecodeError{ErrorCode::NotObject, u"The message must be a JSON object."_s, {}};
    if (parseError.error != QJsonParseError::NoError) {
        return DecodeError{ErrorCode::BadJson,
                           u"The message is not valid JSON: %1 at byte %2."_s.arg(
                               parseError.errorString(), QString::number(parseError.offset)),
                           {}};
    }
    if (!document.isObject())
        return DecodeError{ErrorCode::NotObject, u"The message must be a JSON object."_s, {}};

    const QJsonObject object = document.object();
    Reader reader(object);
    const QString type = reader.string("type"_L1);
    if (reader.failed())
        return reader.error();
    Message message = readMessage(reader, type);
    if (reader.failed())
        return reader.error();
    return message;
}

DecodeResult decode(const QString &text, const Limits &limits)
{
    return decode(QByteArrayView(text.toUtf8()), limits);
}

namespace {

void appendEscapedUtf8(QByteArray &out, QStringView text);

/// Appends `text` as a JSON string: UTF-8, with quotes, backslashes and control characters
/// escaped, the way QJsonDocument writes it. A lone surrogate (JSON's "\udc00" decodes to one)
/// has no UTF-8: it is written as its escape, so that it reads back the same.
void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i; // a pair: one character beyond the BMP
            continue;
        }
        appendEscapedUtf8(out, text.sliced(run, i - run));
        out.append("\\u");
        out.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
        run = i + 1;
    }
    appendEscapedUtf8(out, text.sliced(run));
    out.append('"');
}

/// The UTF-8 of `text`, which holds no lone surrogate, with JSON's escapes.
void appendEscapedUtf8(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
}

/// Writes one JSON object field by field, for the messages the server sends most: a `message`
/// to every member of the room and an `ack` to its sender. Building a QJsonObject and
/// serialising it took a quarter of the server's time under load (docs/benchmarks.md).
class ObjectWriter
{
public:
    explicit ObjectWriter(QLatin1StringView type)
    {
        m_out.reserve(256);
        m_out.append("{\"type\":\"");
        m_out.append(type.data(), type.size());
        m_out.append('"');
    }
    ObjectWriter &field(QLatin1StringView key, QStringView value)
    {
        appendKey(key);
        appendJsonString(m_out, value);
        return *this;
    }
    ObjectWriter &field(QLatin1StringView key, qint64 value)
    {
        appendKey(key);
        m_out.append(QByteArray::number(value));
        return *this;
    }
    /// A value that needs no escaping: a UUID, a time.
    ObjectWriter &plain(QLatin1StringView key, const QByteArray &value)
    {
        appendKey(key);
        m_out.append('"');
        m_out.append(value);
        m_out.append('"');
        return *this;
    }
    QByteArray finish()
    {
        m_out.append('}');
        return std::move(m_out);
    }

private:
    void appendKey(QLatin1StringView key)
    {
        m_out.append(",\"");
        m_out.append(key.data(), key.size());
        m_out.append("\":");
    }
    QByteArray m_out;
};

/// The time as formatTime() writes it, without QDateTime::toString's cost in the common case.
QByteArray isoTime(const QDateTime &time)
{
    using namespace std::chrono;
    // Years 1 to 9999, which ISO 8601 writes with four digits; anything else is left to Qt.
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00.000Z
    constexpr qint64 kLast = 253402300799999;  // 9999-12-31T23:59:59.999Z
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    if (!time.isValid() || ms < kFirst || ms > kLast)
        return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    const auto day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day date(day);
    qint64 rest = ms - duration_cast<milliseconds>(day.time_since_epoch()).count();
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, int(date.year()), 4);
    put(5, unsigned(date.month()), 2);
    put(8, unsigned(date.day()), 2);
    put(20, rest % 1000, 3);
    rest /= 1000;
    put(17, rest % 60, 2);
    put(14, rest / 60 % 60, 2);
    put(11, rest / 3600, 2);
    return QByteArray(text, sizeof text - 1);
}

} // namespace

QByteArray encode(const Message &message)
{
    if (const auto *m = std::get_if<ChatMessage>(&message)) {
        ObjectWriter writer("message"_L1);
        writer.field("room"_L1, m->room)
            .field("seq"_L1, m->seq)
            .plain("id"_L1, m->id.toByteArray(QUuid::WithoutBraces))
            .plain("time"_L1, isoTime(m->time))
            .field("nick"_L1, m->nick)
            .field("text"_L1, m->text);
        if (m->kind != MessageKind::Text)
            writer.field("kind"_L1, kKindNames[size_t(m->kind)]);
        return writer.finish();
    }
    if (const auto *m = std::get_if<Ack>(&message)) {
        return ObjectWriter("ack"_L1)
            .plain("id"_L1, m->id.toByteArray(QUuid::WithoutBraces))
            .field("room"_L1, m->room)
            .field("seq"_L1, m->seq)
            .plain("time"_L1, isoTime(m->time))
            .finish();
    }
    return detail::encodeThroughJsonObject(message);
}

QString encodeText(const Message &message)
{
    return QString::fromUtf8(encode(message));
}

QString formatTime(const QDateTime &time)
{
    return QString::fromLatin1(isoTime(time));
}

QByteArray detail::encodeThroughJsonObject(const Message &message)
{
    return QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
}

} // namespace palaver::protocol
