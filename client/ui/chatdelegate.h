#pragma once

#include "client/core/linkfinder.h"

#include <QDate>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

class QAbstractItemView;
class QTextLayout;

namespace palaver::client {

/// Paints one chat line: the time in a muted colour, the nickname in bold, the text wrapped to
/// the view's width. Everything is laid out as plain text, so nothing in a message is markup.
/// The links findLinks() finds in a message are underlined in the palette's link colour, show
/// their address as a tooltip and a pointing hand, and open when clicked.
class ChatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatDelegate)
public:
    explicit ChatDelegate(QAbstractItemView &view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// "Today", "Yesterday", a weekday within the last week, else the date in full.
    static QString dayText(const QDate &day, const QDate &today);
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// What a click on a link does; QDesktopServices::openUrl unless replaced (tests replace
    /// it, so that nothing is opened). It is only ever given http, https and mailto URLs.
    void setLinkHandler(std::function<void(const QUrl &)> handler);
    /// The link at `position` in the view's viewport, or an empty URL.
    QUrl linkAt(const QPoint &position) const;
    /// Where link number `linkIndex` of the line is, in the coordinates of `option.rect` (the
    /// viewport's): the part of it on the first line it spans. Empty if there is no such link.
    QRect linkRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                   int linkIndex) const;

    /// A colour for a nickname that is the same on every run and readable on `background`.
    static QColor nickColor(const QString &nick, const QColor &background);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A link under the mouse: which one, where it leads, and the part of it on that line.
    /// What is drawn above a line: the day, when it is the first line of a day, and the
    /// "New messages" rule above the first unread message.
    struct Header
    {
        QString day;
        bool unread = false;
    };
    Header header(const QModelIndex &index) const;
    int headerHeight(const Header &header, const QFont &font) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                     const Header &header) const;

    struct LinkHit
    {
        int linkIndex = -1;
        QUrl url;
        QRect rect;
    };

    /// Lays the line out in `width` pixels; returns the height it takes. `links`, if given,
    /// receives the links in the message, positioned in the layout's text.
    qreal layOut(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index,
                 int width, QList<Link> *links = nullptr) const;
    int textWidth() const;
    /// The line laid out exactly as paint() draws it; returns where its text begins.
    QPointF layOutAsPainted(QTextLayout &layout, QList<Link> &links,
                            const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::optional<LinkHit> hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &position) const;
    /// The option the view passes for `index`, for events that don't come with one.
    QStyleOptionViewItem viewOption(const QModelIndex &index) const;

    /// sizeHint() for a line, as computed, without the cache.
    QSize computeSizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// The height of each line of one model at `width` in `font`, 0 where not known yet. A list
    /// view whose lines differ in height asks for every line's size each time a line is added;
    /// laying 100,000 lines out again for that would take seconds. One per model that has been
    /// shown, so that switching rooms doesn't measure a whole room again.
    struct HeightCache
    {
        std::vector<int> heights;
        int width = -1;
        QFont font;
        void forget(int first, int last);
    };
    /// The cache for `model`, set up to follow the model's changes the first time.
    HeightCache &heightCache(const QAbstractItemModel *model);

    QAbstractItemView &m_view;
    std::unordered_map<const QAbstractItemModel *, HeightCache> m_heightCaches;
    /// The cache asked for last, which is the one asked for next 100,000 times in a row.
    const QAbstractItemModel *m_lastModel = nullptr;
    HeightCache *m_lastCache = nullptr; // nodes of an unordered_map stay where they are
    /// Watched for mouse moves. Kept apart from m_view: while the view is being destroyed its
    /// viewport still sends events, but the view may no longer be asked for anything.
    QPointer<QWidget> m_viewport;
    std::function<void(const QUrl &)> m_linkHandler;
    QPersistentModelIndex m_pressedIndex; // where a left button went down on a link
    int m_pressedLink = -1;
};

} // namespace palaver::client
