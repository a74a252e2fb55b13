#include "messageinput.h"

#include "emojifont.h"

#include <QKeyEvent>
#include <QTextBlock>

#include <algorithm>

namespace palaver::client {

namespace {
constexpr int kMaxVisibleLines = 6;
}

MessageInput::MessageInput(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    new EmojiHighlighter(document()); // emoji in colour as they are typed
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGeometry(); });
}

int MessageInput::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) +
           margins.top() + margins.bottom();
}

QSize MessageInput::sizeHint() const
{
    const int lines = std::clamp(document()->lineCount(), 2, kMaxVisibleLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize MessageInput::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(1)};
}

void MessageInput::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit submitted();
        event->accept();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace palaver::client
