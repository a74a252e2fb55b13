#pragma once

#include <QListView>

namespace palaver::client {

class ChatDelegate;

/// The chat log: a list view whose lines differ in height, drawn by a ChatDelegate. The delegate
/// gives lines it has never laid out an estimated height, so that a log of 100,000 lines is laid
/// out in a fraction of a second. Before the view paints, and before it scrolls to a line, it has
/// the lines about to be shown measured exactly, with a quarter of a screen more above and
/// below so that scrolling a little lands on measured lines. If their heights were off it lays
/// itself out again, keeping the line at the top where it was, or the bottom in view if it was
/// there.
class ChatView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)
public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    ChatDelegate &chatDelegate() const { return *m_delegate; }

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void doItemsLayout() override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Measures the lines from `row` up until `above` pixels are covered, and from `row` down
    /// until `below` pixels are; returns whether any height changed.
    bool measureAround(int row, int above, int below);
    /// Measures the lines in view and a screen around them; if any was off, lays the view out
    /// again, keeping its place, and looks again.
    void measureInView();
    /// Where the view is: at the bottom, or which line is at the top and where it starts (<= 0).
    struct Place
    {
        bool atBottom = false;
        int topRow = -1;
        int topY = 0;
    };
    Place place() const;
    /// Lays the view out again, keeping the place it had before lines were measured.
    void relayoutKeepingPlace(const Place &place);
    bool atBottom() const;

    ChatDelegate *m_delegate;
    bool m_measuring = false; ///< measuring or laying out for it: not again from inside
};

} // namespace palaver::client
