#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace palaver::client {

/// Asks for the server and the nickname, and accepts only values that can work.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setAddress(const QString &address);
    void setNick(const QString &nick);
    /// Shows why the previous attempt failed, so the user knows what to change.
    void setProblem(const QString &problem);

    QString addressText() const;
    QUrl url() const { return m_url; }
    QString nick() const;

    void accept() override;

private:
    void updateButton();

    QLineEdit *m_address;
    QLineEdit *m_nick;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QUrl m_url;
};

} // namespace palaver::client
