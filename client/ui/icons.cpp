#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <QtDebug>

#include <memory>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString iconPath(const QString &name)
{
    return u":/icons/ui/"_s + name + u".svg"_s;
}

/// Draws one monochrome SVG in the palette's colour for the mode, at the size asked for in
/// device pixels. The colour is looked up at paint time, so a palette change shows at once.
class UiIconEngine final : public QIconEngine
{
public:
    UiIconEngine(const QString &name, const QByteArray &svg)
        : m_name(name)
        , m_svg(svg)
        , m_renderer(std::make_unique<QSvgRenderer>(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize square = actualSize(size, mode, state);
        if (square.isEmpty() || !m_renderer->isValid())
            return {};
        const QColor color = uiIconColor(QGuiApplication::palette(), mode);
        const QString key = u"palaver-ui-icon:%1:%2:%3"_s.arg(m_name)
                                .arg(square.width())
                                .arg(color.rgba(), 8, 16, QChar(u'0'));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;
        // The drawing's own colour does not matter: only its coverage is kept, then filled.
        QImage image(square, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(square)));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
        painter.end();
        QPixmap result = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(key, result);
        return result;
    }

    QString key() const override { return u"palaver-ui"_s; }
    QString iconName() override { return m_name; }
    bool isNull() override { return !m_renderer->isValid(); }
    QIconEngine *clone() const override { return new UiIconEngine(m_name, m_svg); }

private:
    QString m_name;
    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QStringList uiIconNames()
{
    return {u"send"_s,     u"room"_s,     u"direct-message"_s, u"join-room"_s,     u"search"_s,
            u"mentions"_s, u"settings"_s, u"connect"_s,        u"reconnect"_s,     u"disconnect"_s,
            u"leave"_s,    u"away"_s,     u"do-not-disturb"_s, u"notifications"_s, u"copy"_s,
            u"quit"_s,     u"about"_s,    u"keyboard"_s};
}

QIcon uiIcon(const QString &name)
{
    QFile file(iconPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("No UI icon named %s", qUtf8Printable(name));
        return {};
    }
    return QIcon(new UiIconEngine(name, file.readAll()));
}

QColor uiIconColor(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace palaver::client
