#pragma once

#include <QPlainTextEdit>

namespace palaver::client {

/// The message box: Enter sends, Shift+Enter starts a new line, and it grows with its text up
/// to a few lines before it scrolls.
class MessageInput final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageInput)
public:
    explicit MessageInput(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int heightForLines(int lines) const;
};

} // namespace palaver::client
