#pragma once

#include "client/core/linkfinder.h"

#include <QDate>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QAbstractItemView;
class QTextLayout;

namespace palaver::client {

class ChatModel;
class LineHeightEstimator;

/// Paints one chat line: the time in a muted colour, the nickname in bold, the text wrapped to
/// the view's width. Everything is laid out as plain text, so nothing in a message is markup.
/// The links findLinks() finds in a message are underlined in the palette's link colour, show
/// their address as a tooltip and a pointing hand, and open when clicked.
/// The height of a line that has never been laid out is an estimate, so that a history of
/// 100,000 lines is laid out in a fraction of a second; the view (ChatView) has the lines it is
/// about to show measured exactly, and lays itself out again if they were off.
class ChatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatDelegate)
public:
    explicit ChatDelegate(QAbstractItemView &view);
    ~ChatDelegate() override;

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
    /// Forgets every line's height, measured or estimated: what a line shows changed for all
    /// of them (the language: the time format, "sending…"). The view must lay out again.
    void forgetHeights();
    /// Opens `url` as a click on it would (through the link handler).
    void openLink(const QUrl &url) const
    {
        if (m_linkHandler)
            m_linkHandler(url);
    }
    /// The link at `position` in the view's viewport, or an empty URL.
    QUrl linkAt(const QPoint &position) const;
    /// Where link number `linkIndex` of the line is, in the coordinates of `option.rect` (the
    /// viewport's): the part of it on the first line it spans. Empty if there is no such link.
    QRect linkRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                   int linkIndex) const;

    /// A colour for a nickname that is the same on every run and readable on `background`.
    static QColor nickColor(const QString &nick, const QColor &background);

    /// The line's height as it is laid out and painted, computed afresh: what sizeHint() gives
    /// once the line has been measured.
    QSize exactSizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// Lays the line out, unless that was done already, and remembers its exact height in place
    /// of the estimate sizeHint() gave until then. Returns that height; `changed` tells whether
    /// it differs from what sizeHint() gave before, which is what the view was laid out with.
    int measure(const QStyleOptionViewItem &option, const QModelIndex &index,
                bool *changed = nullptr);
    /// Whether sizeHint() gives the line's exact height, not an estimate.
    bool isMeasured(const QModelIndex &index) const;

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

    /// The height of each line of one model at `width` in `font`: exact (> 0) where the line
    /// was laid out, an estimate (< 0, negated) where it was not, 0 where not known yet. A list
    /// view whose lines differ in height asks for every line's size each time a line is added;
    /// laying 100,000 lines out for that would take seconds, and even once, loading a long
    /// history, it does. One per model that has been shown, so that switching rooms doesn't
    /// measure a whole room again.
    struct HeightCache
    {
        std::vector<int> heights;
        int width = -1;
        QFont font;
        const ChatModel *chat = nullptr; ///< the model, if it is one: estimates need its lines
        void forget(int first, int last);
    };
    /// The cache for `model`, set up to follow the model's changes the first time.
    HeightCache &heightCache(const QAbstractItemModel *model);
    /// The cache for the model of `index`, emptied if the width or the font changed, and its
    /// entry for the line; null for lines of a tree, which are not cached.
    int *cachedHeight(const QStyleOptionViewItem &option, const QModelIndex &index);
    /// The height of a line never laid out, from its text (see LineHeightEstimator).
    int estimateHeight(const QStyleOptionViewItem &option, const HeightCache &cache,
                       const QModelIndex &index);

    QAbstractItemView &m_view;
    std::unordered_map<const QAbstractItemModel *, HeightCache> m_heightCaches;
    /// The cache asked for last, which is the one asked for next 100,000 times in a row.
    const QAbstractItemModel *m_lastModel = nullptr;
    HeightCache *m_lastCache = nullptr; // nodes of an unordered_map stay where they are
    std::unique_ptr<LineHeightEstimator> m_estimator; // for the width and font of the view
    /// Watched for mouse moves. Kept apart from m_view: while the view is being destroyed its
    /// viewport still sends events, but the view may no longer be asked for anything.
    QPointer<QWidget> m_viewport;
    std::function<void(const QUrl &)> m_linkHandler;
    QPersistentModelIndex m_pressedIndex; // where a left button went down on a link
    int m_pressedLink = -1;
};

} // namespace palaver::client
