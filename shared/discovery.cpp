#include "discovery.h"

#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace palaver::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kQueryType = "palaver-query"_L1;
constexpr auto kAnnounceType = "palaver-announce"_L1;
constexpr auto kByeType = "palaver-bye"_L1;

/// Calls `visit` with each code point of `text`; a lone surrogate is passed as itself, so
/// isInvisibleOrControl() refuses it.
template <typename Visit> void forEachCodePoint(const QString &text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), text.mid(i, 2));
            ++i;
        } else {
            visit(char32_t(c.unicode()), QString(c));
        }
    }
}

bool isFitText(const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty() || text.size() > maxLength)
        return false;
    bool fit = true;
    forEachCodePoint(text, [&fit](char32_t ucs4, const QString &) {
        if (isInvisibleOrControl(ucs4))
            fit = false;
    });
    return fit;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// Reads the fields of one datagram object and keeps the first problem it meets.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object)
        : m_object(object)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString text(QLatin1StringView key, int maxLength)
    {
        const QJsonValue value = require(key);
        if (failed())
            return {};
        if (!value.isString()) {
            fail(u"\"%1\" is not a string"_s.arg(key));
            return {};
        }
        const QString text = value.toString();
        if (!isFitText(text, maxLength)) {
            fail(u"\"%1\" is blank, longer than %2 characters or holds control or invisible "
                 u"characters"_s.arg(key)
                     .arg(maxLength));
            return {};
        }
        return text;
    }

    qint64 integer(QLatin1StringView key, qint64 min, qint64 max)
    {
        const QJsonValue value = require(key);
        if (failed())
            return 0;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
            number < double(min) || number > double(max)) {
            fail(u"\"%1\" is not a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
            return 0;
        }
        return qint64(number);
    }

    bool boolean(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (failed())
            return false;
        if (!value.isBool())
            fail(u"\"%1\" is not true or false"_s.arg(key));
        return value.toBool();
    }

    QUuid uuid(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (failed())
            return {};
        const QString text = value.toString();
        // Exactly the 36-character form, as everywhere in the protocol.
        const QUuid id = value.isString() && text.size() == 36 ? QUuid::fromString(text) : QUuid();
        if (id.isNull())
            fail(u"\"%1\" is not a UUID"_s.arg(key));
        return id;
    }

    QString fingerprint(QLatin1StringView key)
    {
        const QJsonValue value = require(key);
        if (failed())
            return {};
        if (!value.isString() || !isCertificateFingerprint(value.toString())) {
            fail(u"\"%1\" is not a SHA-256 fingerprint such as \"AB:CD:...\""_s.arg(key));
            return {};
        }
        return value.toString().toUpper();
    }

private:
    QJsonValue require(QLatin1StringView key)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            fail(u"\"%1\" is missing"_s.arg(key));
        return value;
    }

    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    const QJsonObject &m_object;
    QString m_error;
};

DiscoveryDecodeResult failure(const QString &error)
{
    return {std::nullopt, error};
}

QJsonObject header(QLatin1StringView type)
{
    return QJsonObject{{u"type"_s, type}, {u"v"_s, kDiscoveryVersion}};
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

DiscoveryDecodeResult decodeDiscovery(QByteArrayView datagram)
{
    if (datagram.size() > kMaxDiscoveryDatagramBytes) {
        return failure(u"more than %1 bytes"_s.arg(kMaxDiscoveryDatagramBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(datagram.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(u"not JSON (%1)"_s.arg(parseError.errorString()));
    if (!document.isObject())
        return failure(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    const QJsonValue type = object.value("type"_L1);
    if (!type.isString())
        return failure(u"no \"type\""_s);
    const QString typeName = type.toString();
    if (typeName != kQueryType && typeName != kAnnounceType && typeName != kByeType)
        return failure(u"not a Palaver discovery datagram (type \"%1\")"_s.arg(typeName.left(40)));
    const QJsonValue version = object.value("v"_L1);
    if (!version.isDouble() || version.toDouble() != double(kDiscoveryVersion))
        return failure(u"a discovery version other than %1"_s.arg(kDiscoveryVersion));

    FieldReader reader(object);
    if (typeName == kQueryType)
        return {DiscoveryQuery{}, {}};
    if (typeName == kByeType) {
        const DiscoveryBye bye{reader.uuid("id"_L1)};
        return reader.failed() ? failure(reader.error()) : DiscoveryDecodeResult{bye, {}};
    }
    DiscoveryAnnounce announce;
    announce.name = reader.text("name"_L1, kMaxDiscoveryNameLength);
    announce.port = quint16(reader.integer("port"_L1, 1, 65535));
    announce.tls = reader.boolean("tls"_L1);
    // A fingerprint means nothing without TLS; one sent anyway is ignored like unknown fields.
    if (announce.tls)
        announce.fingerprint = reader.fingerprint("fingerprint"_L1);
    announce.version = reader.text("version"_L1, kMaxDiscoveryVersionLength);
    announce.id = reader.uuid("id"_L1);
    return reader.failed() ? failure(reader.error()) : DiscoveryDecodeResult{announce, {}};
}

QByteArray encodeDiscovery(const DiscoveryDatagram &datagram)
{
    QJsonObject object;
    if (std::holds_alternative<DiscoveryQuery>(datagram)) {
        object = header(kQueryType);
    } else if (const auto *bye = std::get_if<DiscoveryBye>(&datagram)) {
        object = header(kByeType);
        object.insert(u"id"_s, uuidText(bye->id));
    } else {
        const auto &announce = std::get<DiscoveryAnnounce>(datagram);
        object = header(kAnnounceType);
        object.insert(u"name"_s, announce.name);
        object.insert(u"port"_s, int(announce.port));
        object.insert(u"tls"_s, announce.tls);
        if (announce.tls)
            object.insert(u"fingerprint"_s, announce.fingerprint);
        object.insert(u"version"_s, announce.version);
        object.insert(u"id"_s, uuidText(announce.id));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString announceableName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    forEachCodePoint(name, [&clean](char32_t ucs4, const QString &text) {
        // A line break or tab becomes a space; invisible characters go.
        if (QChar::category(ucs4) == QChar::Other_Control ||
            QChar::category(ucs4) == QChar::Separator_Line ||
            QChar::category(ucs4) == QChar::Separator_Paragraph)
            clean += u' ';
        else if (!isInvisibleOrControl(ucs4))
            clean += text;
    });
    clean = clean.simplified();
    if (clean.size() > kMaxDiscoveryNameLength) {
        clean.truncate(kMaxDiscoveryNameLength);
        if (clean.back().isHighSurrogate()) // don't cut a pair in two
            clean.chop(1);
        clean = clean.trimmed();
    }
    return clean.isEmpty() ? u"Palaver"_s : clean;
}

bool isCertificateFingerprint(const QString &fingerprint)
{
    constexpr int kPairs = 32; // SHA-256
    if (fingerprint.size() != kPairs * 3 - 1)
        return false;
    for (qsizetype i = 0; i < fingerprint.size(); ++i) {
        const bool ok = i % 3 == 2 ? fingerprint.at(i) == u':' : isHexDigit(fingerprint.at(i));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace palaver::protocol
