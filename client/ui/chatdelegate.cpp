#include "chatdelegate.h"

#include "client/core/chatmodel.h"
#include "emojifont.h"
#include "lineheightestimator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>
#include <QVarLengthArray>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHorizontalMargin = 6;
constexpr int kVerticalMargin = 3;

QTextCharFormat colored(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

// The part of `link` that is on `line`, in the coordinates the layout is drawn in at `origin`.
QRect fragmentRect(const QTextLine &line, const Link &link, QPointF origin)
{
    const int from = std::max(line.textStart(), int(link.start));
    const int to = std::min(line.textStart() + line.textLength(), int(link.start + link.length));
    const qreal x1 = line.cursorToX(from);
    const qreal x2 = line.cursorToX(to);
    return QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1),
                  line.height())
        .toAlignedRect();
}

// An address as a tooltip: escaped, and rich text only so that nothing in it is read as markup;
// in lines of a fixed length rather than broken at each slash, so a long one stays readable.
QString addressTooltip(const QString &address)
{
    constexpr qsizetype kLineLength = 80;
    QStringList lines;
    for (qsizetype start = 0; start < address.size();) {
        qsizetype length = std::min(kLineLength, address.size() - start);
        if (start + length < address.size() && address.at(start + length - 1).isHighSurrogate())
            --length; // keep a character outside the BMP whole
        lines.append(address.sliced(start, length).toHtmlEscaped());
        start += length;
    }
    return u"<p style=\"white-space:pre\">"_s + lines.join(u"<br>"_s) + u"</p>"_s;
}

/// The local calendar day a line belongs to; invalid for lines without a time.
QDate localDay(const QModelIndex &index)
{
    return index.data(ChatModel::TimeRole).toDateTime().toLocalTime().date();
}

} // namespace

QString ChatDelegate::dayText(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day.year() == today.year() && day > today.addDays(-7))
        return QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat);
    return QLocale().toString(day, QLocale::LongFormat);
}

ChatDelegate::Header ChatDelegate::header(const QModelIndex &index) const
{
    Header header;
    const QDate day = localDay(index);
    const QModelIndex previous = index.sibling(index.row() - 1, 0);
    if (day.isValid() && (!previous.isValid() || localDay(previous) != day))
        header.day = dayText(day, QDate::currentDate());
    header.unread = index.data(ChatModel::FirstUnreadRole).toBool();
    return header;
}

int ChatDelegate::headerHeight(const Header &header, const QFont &font) const
{
    const int line = QFontMetrics(font).height() + 2 * kVerticalMargin;
    return (header.day.isEmpty() ? 0 : line) + (header.unread ? line : 0);
}

void ChatDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                               const Header &header) const
{
    const int line = QFontMetrics(option.font).height() + 2 * kVerticalMargin;
    QRect band(option.rect.left() + kHorizontalMargin, option.rect.top(),
               option.rect.width() - 2 * kHorizontalMargin, line);
    // A centred label with a rule on each side, as in every chat app.
    auto drawRule = [painter, &option](const QRect &rect, const QString &text, const QColor &color,
                                       bool bold) {
        QFont font = option.font;
        font.setBold(bold);
        const QFontMetrics metrics(font);
        const int textWidth = metrics.horizontalAdvance(text) + 16;
        const int y = rect.center().y();
        const int left = rect.center().x() - textWidth / 2;
        painter->setPen(QPen(color, 1));
        painter->drawLine(rect.left(), y, left, y);
        painter->drawLine(left + textWidth, y, rect.right(), y);
        painter->setFont(font);
        painter->drawText(QRect(left, rect.top(), textWidth, rect.height()), Qt::AlignCenter, text);
    };
    painter->save();
    if (!header.day.isEmpty()) {
        drawRule(band, header.day, option.palette.color(QPalette::PlaceholderText), true);
        band.translate(0, line);
    }
    if (header.unread) {
        // Red is the colour every chat app uses for "new": people look for it.
        const QColor red = option.palette.color(QPalette::Base).lightnessF() < 0.5
                               ? QColor(0xff, 0x6b, 0x6b)
                               : QColor(0xd0, 0x21, 0x21);
        drawRule(band, tr("New messages"), red, true);
    }
    painter->restore();
}

ChatDelegate::ChatDelegate(QAbstractItemView &view)
    : QStyledItemDelegate(&view)
    , m_view(view)
    , m_viewport(view.viewport())
    , m_linkHandler([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    // The pointing hand over links needs the mouse moves with no button held, too.
    m_viewport->setMouseTracking(true);
    m_viewport->installEventFilter(this);
}

ChatDelegate::~ChatDelegate() = default;

void ChatDelegate::setLinkHandler(std::function<void(const QUrl &)> handler)
{
    m_linkHandler = std::move(handler);
}

QColor ChatDelegate::nickColor(const QString &nick, const QColor &background)
{
    // qHash is seeded per process; a fixed FNV-1a keeps each person's colour from run to run.
    quint32 hash = 2166136261u;
    for (const QChar c : nick)
        hash = (hash ^ c.unicode()) * 16777619u;
    const int hue = int(hash % 360);
    const bool darkBackground = background.lightnessF() < 0.5;
    return QColor::fromHsl(hue, 160, darkBackground ? 175 : 85);
}

int ChatDelegate::textWidth() const
{
    return std::max(50, m_view.viewport()->width() - 2 * kHorizontalMargin);
}

qreal ChatDelegate::layOut(QTextLayout &layout, const QStyleOptionViewItem &option,
                           const QModelIndex &index, int width, QList<Link> *links) const
{
    const auto kind = ChatLine::Kind(index.data(ChatModel::KindRole).toInt());
    const auto status = ChatLine::Status(index.data(ChatModel::StatusRole).toInt());
    const QString nick = index.data(ChatModel::NickRole).toString();
    const QString body = index.data(ChatModel::TextRole).toString();
    const QDateTime time = index.data(ChatModel::TimeRole).toDateTime();
    const QPalette &palette = option.palette;
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const QColor text = palette.color(QPalette::Text);

    const QString stamp = QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
    QString line = stamp + u"  "_s;
    QList<QTextLayout::FormatRange> formats;
    formats.append({0, int(line.size()), colored(muted)});
    const auto messageKind = protocol::MessageKind(index.data(ChatModel::MessageKindRole).toInt());
    if (kind == ChatLine::Kind::Notice || messageKind == protocol::MessageKind::Topic ||
        protocol::isEventKind(messageKind)) {
        // A topic change or a membership event reads like a notice, but stays in the history.
        ChatLine topicLine;
        topicLine.messageKind = messageKind;
        topicLine.nick = nick;
        topicLine.text = body;
        const QString shown =
            kind == ChatLine::Kind::Notice ? body : ChatModel::bodyText(topicLine);
        formats.append({int(line.size()), int(shown.size()), colored(muted, false, true)});
        line += shown;
    } else {
        const bool action = messageKind == protocol::MessageKind::Action;
        const int nickStart = int(line.size());
        line += action ? QString(u"* "_s + nick + u" "_s) : QString(nick + u": "_s);
        formats.append({nickStart, int(line.size()) - nickStart,
                        colored(nickColor(nick, palette.color(QPalette::Base)), true, action)});
        const int bodyStart = int(line.size());
        line += body;
        const QTextCharFormat bodyFormat =
            colored(status == ChatLine::Status::Delivered ? text : muted, false, action);
        // Links are underlined, not only coloured, so they stand out to everyone.
        QTextCharFormat linkFormat = colored(palette.color(QPalette::Link));
        linkFormat.setFontUnderline(true);
        int done = 0; // of the body
        for (const Link &link : findLinks(body)) {
            if (link.start > done)
                formats.append({bodyStart + done, int(link.start) - done, bodyFormat});
            formats.append({bodyStart + int(link.start), int(link.length), linkFormat});
            done = int(link.start + link.length);
            if (links)
                links->append({bodyStart + link.start, link.length, link.url});
        }
        if (done < body.size())
            formats.append({bodyStart + done, int(body.size()) - done, bodyFormat});
        QString suffix;
        if (status == ChatLine::Status::Pending)
            suffix = tr("  sending…");
        else if (status == ChatLine::Status::Failed)
            suffix = tr("  ⚠ not sent: %1").arg(index.data(ChatModel::ProblemRole).toString());
        if (!suffix.isEmpty()) {
            formats.append({int(line.size()), int(suffix.size()), colored(muted, false, true)});
            line += suffix;
        }
    }

    // Emoji in colour, also the symbols text fonts have (❤️), as in every other chat app.
    formats.append(emojiFormats(line));
    // Line breaks in a message stay line breaks.
    line.replace(u'\n', QChar::LineSeparator);
    layout.setText(line);
    layout.setFont(option.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);

    // Continuation lines hang under the text, so the times stay a clean column.
    const qreal indent =
        std::min(QFontMetricsF(option.font).horizontalAdvance(stamp + u"  "_s), qreal(width) / 2);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine textLine = layout.createLine(); textLine.isValid();
         textLine = layout.createLine()) {
        const qreal x = textLine.lineNumber() == 0 ? 0 : indent;
        textLine.setLineWidth(width - x);
        textLine.setPosition(QPointF(x, height));
        height += textLine.height();
    }
    layout.endLayout();
    return height;
}

QSize ChatDelegate::exactSizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout;
    const qreal height = layOut(layout, opt, index, textWidth());
    return {textWidth() + 2 * kHorizontalMargin,
            int(std::ceil(height)) + 2 * kVerticalMargin + headerHeight(header(index), opt.font)};
}

int *ChatDelegate::cachedHeight(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    if (!model || index.parent().isValid())
        return nullptr;
    HeightCache &cache = heightCache(model);
    const int width = textWidth();
    if (width != cache.width || option.font != cache.font) {
        cache.heights.assign(cache.heights.size(), 0);
        cache.width = width;
        cache.font = option.font;
    }
    const auto rows = size_t(model->rowCount());
    if (cache.heights.size() != rows) // a change it could not follow: measure again
        cache.heights.assign(rows, 0);
    return &cache.heights[size_t(index.row())];
}

int ChatDelegate::estimateHeight(const QStyleOptionViewItem &option, const HeightCache &cache,
                                 const QModelIndex &index)
{
    if (!m_estimator || m_estimator->width() != cache.width || m_estimator->font() != option.font)
        m_estimator = std::make_unique<LineHeightEstimator>(option.font, cache.width);
    const int row = index.row();
    const ChatLine &line = cache.chat->line(row);
    // What layOut() puts in bold after the time, and the text after that.
    QVarLengthArray<QChar, 64> lead;
    QString text;
    if (line.kind == ChatLine::Kind::Notice) {
        text = line.text;
    } else if (ChatModel::readsAsNotice(line)) {
        text = ChatModel::bodyText(line);
    } else {
        const bool action = line.messageKind == protocol::MessageKind::Action;
        if (action) {
            lead.append(QChar(u'*'));
            lead.append(QChar(u' '));
        }
        lead.append(line.nick.constData(), line.nick.size());
        lead.append(QChar(action ? u' ' : u':'));
        lead.append(QChar(u' '));
        text = line.text;
        if (line.status == ChatLine::Status::Pending)
            text += tr("  sending…");
        else if (line.status == ChatLine::Status::Failed)
            text += tr("  ⚠ not sent: %1").arg(line.problem);
    }
    const qint64 day = m_estimator->localDay(line.time);
    Header top;
    if (line.time.isValid() &&
        (row == 0 || m_estimator->localDay(cache.chat->line(row - 1).time) != day))
        top.day = u"-"_s; // which day does not change the height
    top.unread = index.data(ChatModel::FirstUnreadRole).toBool();
    return m_estimator->textHeight(QStringView(lead.constData(), lead.size()), text) +
           2 * kVerticalMargin + headerHeight(top, option.font);
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto *self = const_cast<ChatDelegate *>(this); // the cache is not what the caller sees
    int *height = self->cachedHeight(option, index);
    if (!height)
        return exactSizeHint(option, index);
    const HeightCache &cache = *m_lastCache; // cachedHeight() just looked it up
    if (*height == 0) {
        *height = cache.chat ? -self->estimateHeight(option, cache, index)
                             : exactSizeHint(option, index).height();
    }
    return {cache.width + 2 * kHorizontalMargin, std::abs(*height)};
}

int ChatDelegate::measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                          bool *changed)
{
    int *height = cachedHeight(option, index);
    if (height && *height > 0) {
        if (changed)
            *changed = false;
        return *height;
    }
    const int exact = exactSizeHint(option, index).height();
    if (changed) // lines that are not cached were laid out with this height already
        *changed = height && -*height != exact;
    if (height)
        *height = exact;
    return exact;
}

bool ChatDelegate::isMeasured(const QModelIndex &index) const
{
    const auto found = m_heightCaches.find(index.model());
    if (found == m_heightCaches.end() || index.parent().isValid())
        return false;
    const std::vector<int> &heights = found->second.heights;
    return size_t(index.row()) < heights.size() && heights[size_t(index.row())] > 0;
}

void ChatDelegate::HeightCache::forget(int first, int last)
{
    const auto size = int(heights.size());
    for (int row = std::max(0, first); row <= last && row < size; ++row)
        heights[size_t(row)] = 0;
}

void ChatDelegate::forgetHeights()
{
    for (auto &[model, cache] : m_heightCaches)
        cache.heights.assign(cache.heights.size(), 0);
    m_estimator.reset();
}

ChatDelegate::HeightCache &ChatDelegate::heightCache(const QAbstractItemModel *model)
{
    if (model == m_lastModel)
        return *m_lastCache;
    m_lastModel = model;
    const auto found = m_heightCaches.find(model);
    if (found != m_heightCaches.end()) {
        m_lastCache = &found->second;
        return found->second;
    }
    HeightCache &cache = m_heightCaches[model];
    m_lastCache = &cache;
    cache.heights.assign(size_t(model->rowCount()), 0);
    cache.chat = qobject_cast<const ChatModel *>(model);
    // The caches live as long as their model. Each change looks its cache up again, so that
    // nothing points into the map while it changes.
    auto cacheOf = [this, model]() -> HeightCache * {
        const auto it = m_heightCaches.find(model);
        return it == m_heightCaches.end() ? nullptr : &it->second;
    };
    auto forgetAll = [cacheOf] {
        if (HeightCache *c = cacheOf())
            c->heights.assign(c->heights.size(), 0);
    };
    using Model = QAbstractItemModel;
    // A line's day header depends on the line before it, so the line after a change is
    // measured again too.
    connect(model, &Model::rowsInserted, this,
            [cacheOf](const QModelIndex &parent, int first, int last) {
                HeightCache *c = cacheOf();
                if (!c || parent.isValid() || first > int(c->heights.size()))
                    return;
                c->heights.insert(c->heights.begin() + first, size_t(last - first + 1), 0);
                c->forget(last + 1, last + 1);
            });
    connect(model, &Model::rowsRemoved, this,
            [cacheOf](const QModelIndex &parent, int first, int last) {
                HeightCache *c = cacheOf();
                if (!c || parent.isValid() || last >= int(c->heights.size()))
                    return;
                c->heights.erase(c->heights.begin() + first, c->heights.begin() + last + 1);
                c->forget(first, first);
            });
    connect(model, &Model::dataChanged, this,
            [cacheOf](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (HeightCache *c = cacheOf())
                    c->forget(topLeft.row(), bottomRight.row() + 1);
            });
    connect(model, &Model::modelReset, this, [cacheOf, model] {
        if (HeightCache *c = cacheOf())
            c->heights.assign(size_t(model->rowCount()), 0);
    });
    connect(model, &Model::layoutChanged, this, forgetAll);
    connect(model, &Model::rowsMoved, this, forgetAll);
    connect(model, &QObject::destroyed, this, [this, model] {
        m_heightCaches.erase(model);
        if (m_lastModel == model)
            m_lastModel = nullptr;
    });
    return cache;
}

QPointF ChatDelegate::layOutAsPainted(QTextLayout &layout, QList<Link> &links,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.state & QStyle::State_Selected) {
        const QColor highlighted = opt.palette.color(QPalette::HighlightedText);
        opt.palette.setColor(QPalette::Text, highlighted);
        opt.palette.setColor(QPalette::PlaceholderText, highlighted);
        opt.palette.setColor(QPalette::Link, highlighted);
    }
    layOut(layout, opt, index, opt.rect.width() - 2 * kHorizontalMargin, &links);
    return {qreal(opt.rect.left() + kHorizontalMargin),
            qreal(opt.rect.top() + kVerticalMargin + headerHeight(header(index), opt.font))};
}

void ChatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws the background and focus; the text is ours
    const Header top = header(index);
    const int headerPixels = headerHeight(top, opt.font);
    if (headerPixels > 0) {
        paintHeader(painter, opt, top);
        opt.rect.setTop(opt.rect.top() + headerPixels); // selection covers the message only
    }
    if (index.data(ChatModel::MentionRole).toBool() && !(opt.state & QStyle::State_Selected)) {
        // A message that names you stands out: a tinted band with a bar in the accent colour.
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlphaF(0.18f);
        painter->fillRect(opt.rect, tint);
        painter->fillRect(QRect(opt.rect.topLeft(), QSize(3, opt.rect.height())),
                          opt.palette.color(QPalette::Highlight));
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextLayout layout;
    QList<Link> links;
    const QPointF origin = layOutAsPainted(layout, links, option, index);
    painter->save();
    layout.draw(painter, origin);
    painter->restore();
}

std::optional<ChatDelegate::LinkHit> ChatDelegate::hitTest(const QStyleOptionViewItem &option,
                                                           const QModelIndex &index,
                                                           const QPoint &position) const
{
    if (!index.isValid())
        return {};
    QTextLayout layout;
    QList<Link> links;
    const QPointF origin = layOutAsPainted(layout, links, option, index);
    if (links.isEmpty())
        return {};
    const QPointF at = QPointF(position) - origin;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (at.y() < line.y() || at.y() >= line.y() + line.height())
            continue;
        // Past the end of the line is not on its last character.
        if (at.x() < line.x() || at.x() >= line.x() + line.naturalTextWidth())
            return {};
        const int cursor = line.xToCursor(at.x(), QTextLine::CursorOnCharacter);
        for (int n = 0; n < links.size(); ++n) {
            const Link &link = links[n];
            if (cursor >= link.start && cursor < link.start + link.length)
                return LinkHit{n, link.url, fragmentRect(line, link, origin)};
        }
        return {};
    }
    return {};
}

QStyleOptionViewItem ChatDelegate::viewOption(const QModelIndex &index) const
{
    // What QAbstractItemView::initViewItemOption() gives, as far as the layout depends on it.
    QStyleOptionViewItem option;
    option.initFrom(&m_view);
    option.font = m_view.font();
    option.rect = m_view.visualRect(index);
    option.widget = &m_view;
    return option;
}

QUrl ChatDelegate::linkAt(const QPoint &position) const
{
    const QModelIndex index = m_view.indexAt(position);
    const std::optional<LinkHit> hit = hitTest(viewOption(index), index, position);
    return hit ? hit->url : QUrl();
}

QRect ChatDelegate::linkRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                             int linkIndex) const
{
    if (!index.isValid())
        return {};
    QTextLayout layout;
    QList<Link> links;
    const QPointF origin = layOutAsPainted(layout, links, option, index);
    if (linkIndex < 0 || linkIndex >= links.size())
        return {};
    const Link &link = links[linkIndex];
    return fragmentRect(layout.lineForTextPosition(int(link.start)), link, origin);
}

bool ChatDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
        type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool plainLeft = mouse->button() == Qt::LeftButton &&
                               !(mouse->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
        const std::optional<LinkHit> hit =
            plainLeft ? hitTest(option, index, mouse->position().toPoint()) : std::nullopt;
        if (type == QEvent::MouseButtonPress) {
            // A link opens when the button goes up on the one it went down on. The press
            // still selects the line, as anywhere else.
            m_pressedIndex = hit ? QPersistentModelIndex(index) : QPersistentModelIndex();
            m_pressedLink = hit ? hit->linkIndex : -1;
        } else if (type == QEvent::MouseButtonRelease) {
            const bool sameLink = hit && m_pressedIndex == index && m_pressedLink == hit->linkIndex;
            m_pressedIndex = QPersistentModelIndex();
            m_pressedLink = -1;
            if (sameLink) {
                if (m_linkHandler)
                    m_linkHandler(hit->url);
                return true; // not also an activation of the line
            }
        } else if (hit) {
            return true; // a double click on a link opened it; it does not edit a failed line
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ChatDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip) {
        if (const std::optional<LinkHit> hit = hitTest(option, index, event->pos())) {
            QToolTip::showText(event->globalPos(), addressTooltip(hit->url.toDisplayString()),
                               view->viewport(), hit->rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool ChatDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return QStyledItemDelegate::eventFilter(watched, event); // editors, if there ever are
    QWidget *viewport = m_viewport;
    if (event->type() == QEvent::MouseMove) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool overLink =
            mouse->buttons() == Qt::NoButton && !linkAt(mouse->position().toPoint()).isEmpty();
        const bool showingHand = viewport->testAttribute(Qt::WA_SetCursor) &&
                                 viewport->cursor().shape() == Qt::PointingHandCursor;
        if (overLink && !showingHand)
            viewport->setCursor(Qt::PointingHandCursor);
        else if (!overLink && showingHand)
            viewport->unsetCursor();
    } else if (event->type() == QEvent::Leave) {
        viewport->unsetCursor();
    }
    return false; // the view still gets every event
}

} // namespace palaver::client
