// Keeps docs/protocol.md true: every ```json block in it is a message the real codec decodes and
// encodes back to the same JSON, and every message type has an example.
#include "shared/protocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace palaver::protocol;

namespace {

constexpr auto kDocPath = PALAVER_SOURCE_DIR "/docs/protocol.md";

struct Example
{
    int line = 0; ///< of the opening fence, 1-based, for failure messages
    QByteArray json;
};

struct Document
{
    QList<Example> examples;
    QString problem; ///< why the file could not be read completely; empty if it could
};

/// The fenced blocks whose info string is exactly "json". Other blocks are not examples.
Document readExamples()
{
    Document document;
    QFile file(QString::fromUtf8(kDocPath));
    if (!file.open(QIODevice::ReadOnly)) {
        document.problem = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return document;
    }
    std::optional<Example> open;
    bool inOtherBlock = false;
    int lineNumber = 0;
    for (QByteArray line : file.readAll().split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        const bool fence = line.startsWith("```");
        if (open) {
            if (fence && line.trimmed() == "```") {
                document.examples.append(*open);
                open.reset();
            } else {
                open->json += line + '\n';
            }
        } else if (inOtherBlock) {
            inOtherBlock = !(fence && line.trimmed() == "```");
        } else if (line == "```json") {
            open = Example{lineNumber, {}};
        } else if (fence) {
            inOtherBlock = true;
        }
    }
    if (open)
        document.problem = u"the ```json block at line %1 is never closed"_s.arg(open->line);
    else if (inOtherBlock)
        document.problem = u"a fenced block is never closed"_s;
    return document;
}

/// decode(QByteArray) is ambiguous between the QByteArrayView and QString overloads.
DecodeResult decodeBytes(const QByteArray &bytes)
{
    return decode(QByteArrayView(bytes));
}

/// The wire name of every alternative of Message, so a new message type needs an example.
QStringList allTypeNames()
{
    return []<std::size_t... I>(std::index_sequence<I...>)
    {
        return QStringList{typeName(Message(std::in_place_index<I>))...};
    }
    (std::make_index_sequence<std::variant_size_v<Message>>{});
}

} // namespace

class tst_ProtocolDoc : public QObject
{
    Q_OBJECT

private slots:
    void documentHasExamples();
    void exampleRoundTrips_data();
    void exampleRoundTrips();
    void everyMessageTypeHasAnExample();
};

void tst_ProtocolDoc::documentHasExamples()
{
    const Document document = readExamples();
    QVERIFY2(document.problem.isEmpty(), qPrintable(document.problem));
    QVERIFY(!document.examples.isEmpty());
}

void tst_ProtocolDoc::exampleRoundTrips_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("json");

    const Document document = readExamples();
    for (qsizetype i = 0; i < document.examples.size(); ++i) {
        const Example &example = document.examples.at(i);
        // Named after the type the example claims, even if it does not decode.
        QString type = QJsonDocument::fromJson(example.json).object().value("type"_L1).toString();
        if (type.isEmpty())
            type = u"untyped"_s;
        QTest::addRow("%s %d", qPrintable(type), int(i + 1)) << example.line << example.json;
    }
}

void tst_ProtocolDoc::exampleRoundTrips()
{
    QFETCH(int, line);
    QFETCH(QByteArray, json);
    // QVERIFY2 builds its message even when the check passes: keep it cheap and safe.
    const auto at = [line](const QByteArray &what) {
        return QByteArray("docs/protocol.md line " + QByteArray::number(line) + ": " + what);
    };

    const DecodeResult decoded = decodeBytes(json);
    QVERIFY2(decoded.ok(),
             at(decoded.ok() ? QByteArray() : decoded.error().message.toUtf8()).constData());

    const QByteArray encoded = encode(decoded.message());
    const DecodeResult again = decodeBytes(encoded);
    QVERIFY2(again.ok(), at(encoded).constData());
    QVERIFY2(again.message() == decoded.message(), at(encoded).constData());

    // Catches fields the codec drops or rewrites: the example must be exactly what is sent.
    const QJsonObject documented = QJsonDocument::fromJson(json).object();
    const QJsonObject reencoded = QJsonDocument::fromJson(encoded).object();
    QVERIFY2(documented == reencoded, at("the codec sends " + encoded + " but the document shows " +
                                         QJsonDocument(documented).toJson(QJsonDocument::Compact))
                                          .constData());
}

void tst_ProtocolDoc::everyMessageTypeHasAnExample()
{
    QSet<QString> documented;
    for (const Example &example : readExamples().examples) {
        const DecodeResult decoded = decodeBytes(example.json);
        if (decoded.ok())
            documented.insert(typeName(decoded.message()));
    }
    const QStringList types = allTypeNames();
    QCOMPARE(types.size(), qsizetype(std::variant_size_v<Message>));
    for (const QString &type : types)
        QVERIFY2(documented.contains(type), qPrintable(u"no example of \"%1\""_s.arg(type)));
}

QTEST_APPLESS_MAIN(tst_ProtocolDoc)

#include "tst_protocoldoc.moc"
